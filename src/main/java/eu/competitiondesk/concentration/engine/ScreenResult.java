package eu.competitiondesk.concentration.engine;

/** One guideline's verdict on a merger, with the reason and the paragraph it rests on. */
public record ScreenResult(Guideline guideline, Verdict verdict, String reason) {
}
