package org.communique.citation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.communique.web.PublicUrl;
import org.communique.statement.StatementView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Makes the citation of a statement as its page shows it; templates call it as {@code @citations}. */
@Component("citations")
public class Citations {

    private final Clock clock;

    Citations(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public Citation of(StatementView statement) {
        var s = statement.summary();
        String permalink = PublicUrl.root().path("/statements/{id}")
                .buildAndExpand(s.id()).toUriString();
        return new Citation(s.id(), s.title(), s.publisher(), s.date(), s.type().label(), permalink,
                statement.sourceUrl(), LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }
}
