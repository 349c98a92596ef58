package eu.competitiondesk.referencedata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.competitiondesk.referencedata.engine.Figure;
import org.junit.jupiter.api.Test;

class MergerFigureFormTest {

    @Test
    void everyFigureHasItsField() {
        MergerFigureForm form = new MergerFigureForm();
        for (Figure figure : Figure.values()) {
            assertEquals(null, form.typed(figure));
        }
        assertEquals("eu12EachUnion", MergerFigureForm.field(Figure.EU_1_2_EACH_UNION));
    }
}
