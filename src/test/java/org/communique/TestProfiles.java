package org.communique;

import org.springframework.test.context.ActiveProfilesResolver;

/** The profiles of the suite: "test", and "test-postgres" when {@code -Dcommunique.test.database=postgres}. */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        return onPostgres() ? new String[] {"test", "test-postgres"} : new String[] {"test"};
    }

    public static boolean onPostgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("communique.test.database", "h2"));
    }
}
