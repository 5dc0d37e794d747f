package io.steward.importers.columns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One synonym table: normalising, preference among several columns, explicit entries and "ignore". */
class ColumnMappingTest {
    @Test
    void headersAreComparedWithoutCaseSpacesPunctuationOrBom() {
        for (String h : List.of("Account_ID", "account id", "accountId", "\ufeffACCOUNT-ID", "Account.ID")) {
            assertThat(ColumnMapping.match(h, Concept.INVENTORY)).as(h).isEqualTo(Concept.ID);
        }
        assertThat(ColumnMapping.match("Kennung", Concept.INVENTORY)).isNull();
    }

    @Test
    void anExplicitEntryThenTheEarlierSynonymThenTheLeftmostColumnIsPreferred() {
        List<String> headers = List.of("Business_Owner", "Technical Owner", "owner", "Kontakt");
        ColumnMapping.Resolved matched = ColumnMapping.empty().resolve(headers, Concept.INVENTORY);
        assertThat(matched.columns(Concept.OWNER)).containsExactly(2, 1, 0);
        assertThat(matched.unrecognised()).containsExactly("Kontakt");

        ColumnMapping.Resolved explicit = ColumnMapping.of(Map.of("Kontakt", Concept.OWNER)).resolve(headers, Concept.INVENTORY);
        assertThat(explicit.column(Concept.OWNER)).isEqualTo(3);
        assertThat(explicit.unrecognised()).isEmpty();
    }

    @Test
    void aConceptOutsideTheFormatsSetIsNotMatched() {
        ColumnMapping.Resolved people = ColumnMapping.empty().resolve(List.of("Email", "Team"), Set.of(Concept.EMAIL, Concept.TEAM));
        assertThat(people.has(Concept.TEAM)).isTrue();
        ColumnMapping.Resolved inventory = ColumnMapping.empty().resolve(List.of("Email", "Team"), Concept.INVENTORY);
        assertThat(inventory.has(Concept.TEAM)).isFalse();
        assertThat(inventory.column(Concept.OWNER)).as("'team' is an owner in an inventory").isEqualTo(1);
        assertThat(inventory.unrecognised()).containsExactly("Email");
    }

    @Test
    void savedFormKeepsIgnoredHeadersAndRefusesUnknownConcepts() {
        ColumnMapping m = ColumnMapping.fromIds(Map.of("Kennung", "id", "Notiz", "ignore"));
        assertThat(m.byHeader()).containsExactly(Map.entry("Kennung", Concept.ID));
        assertThat(m.ignored()).containsExactly("Notiz");
        assertThat(ColumnMapping.fromIds(m.toIds())).isEqualTo(m);
        assertThatThrownBy(() -> ColumnMapping.fromIds(Map.of("x", "colour"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("colour");
    }

    @Test
    void givenEntriesWinOverSavedOnes() {
        ColumnMapping saved = ColumnMapping.fromIds(Map.of("A", "id", "B", "owner", "C", "ignore"));
        ColumnMapping given = ColumnMapping.fromIds(Map.of("B", "ignore", "C", "name"));
        ColumnMapping merged = given.orElse(saved);
        assertThat(merged.toIds()).containsOnly(Map.entry("A", "id"), Map.entry("B", "ignore"), Map.entry("C", "name"));
    }
}
