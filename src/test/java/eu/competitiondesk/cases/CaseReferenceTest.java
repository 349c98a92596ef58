package eu.competitiondesk.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"AT.40987", "DMA.100011", "M.11234", "SA.12345", "at.40987", " AT.40987 "})
    void acceptsCommissionStyleReferences(String typed) {
        assertTrue(CaseReference.isValid(CaseReference.normalise(typed)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "AT40987",
                "AT.",
                ".40987",
                "AT.12",
                "AT.123456789",
                "TOOLONG.12345",
                "AT.40987x",
                "A T.40987",
                "AT.4098<7"
            })
    void refusesAnythingElse(String typed) {
        assertFalse(CaseReference.isValid(CaseReference.normalise(typed)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"at.40987", "At.40987", "  AT.40987\t"})
    void normalisesToUpperCaseWithoutSpaces(String typed) {
        assertEquals("AT.40987", CaseReference.normalise(typed));
    }
}
