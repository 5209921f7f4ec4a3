package org.communique.search;

import java.time.LocalDate;
import java.util.List;

import org.communique.official.Official;
import org.communique.official.OfficialAlias;
import org.communique.statement.Appearance;
import org.communique.statement.Quotation;
import org.communique.statement.Statement;
import org.communique.statement.StatementParty;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * What the index holds of a statement, mapped here so that the entities need not know the engine: title
 * (boosted at query time), body and quotations in English and in Arabic analysis, the officials it names
 * with every spelling of their names, parties, type, publisher, and the date's span and year.
 * <p>
 * Writes through JPA keep the index in step by themselves, the importer's in-place revisions included
 * (its collections are owned by the statement). An official's spellings are embedded without following
 * changes to the official ({@code SHALLOW}): {@link OfficialNameChanges} re-indexes their statements then.
 */
public class StatementMapping implements HibernateOrmSearchMappingConfigurer {

    private static final List<Highlightable> HIGHLIGHTED = List.of(Highlightable.ANY);

    private final String index;

    /** The mapping into the index of this name ({@code archive.search.index}, by default {@code statement}). */
    public StatementMapping(String index) {
        this.index = index;
    }

    public StatementMapping() {
        this("statement");
    }

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();

        TypeMappingStep statement = mapping.type(Statement.class);
        statement.indexed().index(index);
        statement.property("id").documentId().genericField(SearchFields.ID).sortable(Sortable.YES);
        statement.property("version").genericField(SearchFields.VERSION).projectable(Projectable.YES);
        statement.property("title")
                .fullTextField(SearchFields.TITLE).analyzer(SearchFields.ENGLISH).highlightable(HIGHLIGHTED)
                .fullTextField(SearchFields.TITLE_ARABIC).analyzer(SearchFields.ARABIC);
        statement.property("body")
                .fullTextField(SearchFields.BODY).analyzer(SearchFields.ENGLISH).highlightable(HIGHLIGHTED)
                .fullTextField(SearchFields.BODY_ARABIC).analyzer(SearchFields.ARABIC).highlightable(HIGHLIGHTED);
        statement.property("publisher")
                .keywordField(SearchFields.PUBLISHER).aggregable(Aggregable.YES)
                .keywordField(SearchFields.PUBLISHER_KEY).normalizer(SearchFields.KEY)
                .fullTextField(SearchFields.PUBLISHER_TEXT).analyzer(SearchFields.ENGLISH);
        statement.property("type").genericField(SearchFields.TYPE).aggregable(Aggregable.YES);
        statement.property("parties").keywordField(SearchFields.PARTY).valueBridge(new CodeOf()).aggregable(Aggregable.YES);
        statement.property("dateStart")
                .genericField(SearchFields.DATE_START).sortable(Sortable.YES)
                .genericField(SearchFields.YEAR).valueBridge(new YearOf()).aggregable(Aggregable.YES);
        statement.property("spanEnd").genericField(SearchFields.SPAN_END);
        statement.property("quotations").indexedEmbedded("quote").includePaths("text");
        statement.property("appearances").indexedEmbedded("appearance")
                .includePaths("official.id", "official.aliases.alias");

        mapping.type(Quotation.class).property("text")
                .fullTextField().analyzer(SearchFields.ENGLISH).projectable(Projectable.NO);
        TypeMappingStep appearance = mapping.type(Appearance.class);
        appearance.property("official").indexedEmbedded()
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        TypeMappingStep official = mapping.type(Official.class);
        official.property("id").genericField().aggregable(Aggregable.YES);
        official.property("aliases").indexedEmbedded();
        mapping.type(OfficialAlias.class).property("alias").fullTextField().analyzer(SearchFields.NAME);
    }

    /**
     * A party's code: the date kept beside it is for the database's indexes, not the search's. The field holds codes,
     * so it is matched and counted by code ({@code ValueModel.INDEX}), not by {@link StatementParty}.
     */
    static final class CodeOf implements ValueBridge<StatementParty, String> {
        @Override
        public String toIndexedValue(StatementParty value, ValueBridgeToIndexedValueContext context) {
            return value == null ? null : value.getCode();
        }
    }

    /** The year of a date, for the year facet. */
    static final class YearOf implements ValueBridge<LocalDate, Integer> {
        @Override
        public Integer toIndexedValue(LocalDate value, ValueBridgeToIndexedValueContext context) {
            return value == null ? null : value.getYear();
        }
    }
}
