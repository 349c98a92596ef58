package eu.competitiondesk.referencedata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.competitiondesk.referencedata.engine.Figure;
import eu.competitiondesk.referencedata.engine.ThresholdLaw;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MergerFigureFormTest {

    @Test
    void everyFigureHasItsFieldAndReachesTheCommand() {
        String[] typed = new String[MergerFigureForm.class.getRecordComponents().length];
        for (int i = 0; i < typed.length; i++) {
            typed[i] = " 1,000 " + i;
        }
        MergerFigureForm form = new MergerFigureForm(
                typed[0], typed[1], typed[2], typed[3], typed[4], typed[5], typed[6], typed[7], typed[8], typed[9],
                typed[10], typed[11], typed[12], typed[13], typed[14], typed[15], typed[16], typed[17], typed[18],
                typed[19]);
        for (ThresholdLaw law : ThresholdLaw.values()) {
            Map<Figure, String> figures = form.command(law).figures();
            assertEquals(Figure.of(law), figures.keySet().stream().toList());
            figures.forEach((figure, value) ->
                    assertEquals(form.typed(figure).replace(",", "").replace(" ", ""), value));
        }
        assertEquals(
                Arrays.stream(Figure.values()).map(MergerFigureForm::field).toList(),
                Arrays.stream(MergerFigureForm.class.getRecordComponents())
                        .skip(3)
                        .map(c -> c.getName())
                        .toList());
        assertEquals("eu12EachUnion", MergerFigureForm.field(Figure.EU_1_2_EACH_UNION));
    }
}
