package org.barometer.report;

import java.io.InputStream;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF's check of a PDF against PDF/UA-1 (ISO 14289-1): the rules it fails, each as "clause-test" ("7.1-8"). The
 * rules the PDF still fails, each with its reason, are listed in the README ("The PDF for every reader").
 */
public final class PdfUaValidation {

    /** The rules the README lists with the reason each still fails. */
    public static final Set<String> KNOWN = Set.of();

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUaValidation() {
    }

    /** Each failed rule with veraPDF's message and where it first failed. */
    public static Map<String, String> failedRules(InputStream pdf) {
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
             PDFAParser parser = foundry.createParser(pdf, PDFAFlavour.PDFUA_1);
             PDFAValidator validator = foundry.createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, String> failed = new TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.merge(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber(),
                            assertion.getMessage() + " at " + assertion.getLocation().getContext(), (first, next) -> first);
                }
            }
            return failed;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not check the PDF", e);
        }
    }
}
