package eu.competitiondesk.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Checks of exported PDFs: veraPDF validation and the attached data file. */
final class PdfChecks {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {}

    /** The rules of the flavour the PDF fails, each with how often and one message: empty when it conforms. */
    static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, String> failed = new TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.merge(
                            assertion.getRuleId().getClause() + "-"
                                    + assertion.getRuleId().getTestNumber(),
                            assertion.getMessage() + " at "
                                    + assertion.getLocation().getContext(),
                            (a, b) -> a);
                }
            }
            List<String> rules = new ArrayList<>();
            failed.forEach((rule, message) -> rules.add(rule + ": " + message));
            return rules;
        }
    }

    /** The bytes of the data file the PDF carries. */
    static byte[] attachedData(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDComplexFileSpecification spec = document.getDocumentCatalog()
                    .getNames()
                    .getEmbeddedFiles()
                    .getNames()
                    .get(PdfRenderer.DATA_FILE);
            return spec.getEmbeddedFile().toByteArray();
        }
    }
}
