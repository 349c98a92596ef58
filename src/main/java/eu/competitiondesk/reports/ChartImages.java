package eu.competitiondesk.reports;

import eu.competitiondesk.concentration.MarketFigures;
import io.quarkus.qute.Engine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/**
 * The share chart as a picture for formats that take no SVG reliably (the DOCX): the same SVG the page and the PDF
 * draw, rasterised at twice its nominal size so it stays sharp in print.
 */
@ApplicationScoped
public class ChartImages {

    private static final int WIDTH = 1280;

    @Inject
    Engine engine;

    /** A PNG and its size in pixels. */
    public record Png(byte[] bytes, int width, int height) {}

    public Png png(MarketFigures figures, String id) {
        String svg = engine.getTemplate("tags/shareChartSvg")
                .data("figures", figures)
                .data("id", id)
                .render();
        int height = Math.round((float) WIDTH * figures.chartHeight() / 640);
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) WIDTH);
        transcoder.addTranscodingHint(PNGTranscoder.KEY_HEIGHT, (float) height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IllegalStateException("the share chart " + id + " could not be drawn", e);
        }
        return new Png(out.toByteArray(), WIDTH, height);
    }
}
