package eu.competitiondesk.reports;

import eu.competitiondesk.concentration.MarketFigures;
import eu.competitiondesk.economics.AnalysisFigures;
import io.quarkus.qute.Engine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import javax.imageio.ImageIO;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

/**
 * The charts as pictures for formats that take no SVG reliably (the DOCX): the same SVG the page and the PDF draw
 * (a market's shares, a sensitivity run's distribution), rasterised at twice its nominal size so it stays sharp in
 * print.
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
        return png(svg, figures.chartHeight(), "the share chart " + id);
    }

    /** A sensitivity run's distribution, as the page and the PDF draw it. */
    public Png png(AnalysisFigures.Spread spread, String id) {
        String svg = engine.getTemplate("tags/spreadChartSvg")
                .data("spread", spread)
                .data("id", id)
                .render();
        return png(svg, 220, "the distribution " + id);
    }

    /** An SVG 640 units wide and {@code heightUnits} high, rasterised. */
    private static Png png(String svg, int heightUnits, String what) {
        int height = Math.round((float) WIDTH * heightUnits / 640);
        Raster raster = new Raster();
        raster.addTranscodingHint(ImageTranscoder.KEY_WIDTH, (float) WIDTH);
        raster.addTranscodingHint(ImageTranscoder.KEY_HEIGHT, (float) height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            raster.transcode(new TranscoderInput(new StringReader(svg)), null);
            ImageIO.write(raster.image, "png", out);
        } catch (TranscoderException | IOException e) {
            throw new IllegalStateException(what + " could not be drawn", e);
        }
        return new Png(out.toByteArray(), WIDTH, height);
    }

    /**
     * Batik draws the picture; the JDK's PNG writer encodes it, four times faster than Batik's own encoder (about
     * 20 ms instead of 100 ms a chart), which the DOCX of a case with many markets feels.
     */
    private static final class Raster extends ImageTranscoder {
        private BufferedImage image;

        @Override
        public BufferedImage createImage(int width, int height) {
            return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        }

        @Override
        public void writeImage(BufferedImage drawn, TranscoderOutput output) {
            image = drawn;
        }
    }
}
