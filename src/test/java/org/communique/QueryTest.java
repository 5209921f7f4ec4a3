package org.communique;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of queries on the JPA slice, in a database of its own (apart from the one the end-to-end tests
 * share): H2 in memory, or a schema of the PostgreSQL server with the switch. Each test rolls back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles(resolver = QueryTest.Profiles.class)
@Import(TestDatabaseConfig.class)
public @interface QueryTest {

    /** "test" and "test-slice", with the PostgreSQL variants when the suite runs there. */
    class Profiles implements org.springframework.test.context.ActiveProfilesResolver {
        @Override
        public String[] resolve(Class<?> testClass) {
            return TestProfiles.onPostgres()
                    ? new String[] {"test", "test-postgres", "test-slice", "test-postgres-slice"}
                    : new String[] {"test", "test-slice"};
        }
    }
}
