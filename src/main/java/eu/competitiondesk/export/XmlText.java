package eu.competitiondesk.export;

import java.util.regex.Pattern;

/**
 * Text as XML 1.0 can carry it. The PDF is rendered from XHTML and the DOCX is XML, so a control character or a
 * lone surrogate stored earlier (before text was checked on the way in) would make every export of its case fail;
 * renderers pass text through here and such characters are dropped.
 */
public final class XmlText {

    private static final Pattern NOT_XML =
            Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private XmlText() {}

    public static String clean(String text) {
        return text == null ? null : NOT_XML.matcher(text).replaceAll("");
    }
}
