package eu.competitiondesk.support;

import java.util.List;

/** Script and markup that must stay inert text wherever a user's words are shown or exported. */
public final class XssPayloads {

    public static final List<String> ALL = List.of(
            "<script>alert('x')</script>",
            "\"><img src=x onerror=alert(1)>",
            "'><svg onload=alert(1)>",
            "</textarea><script>alert(1)</script>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "]]><w:t>injected</w:t><![CDATA[");

    /** Cells a spreadsheet would run as formulas if a CSV export handed them over unchanged. */
    public static final List<String> FORMULAS =
            List.of("=HYPERLINK(\"http://example.invalid\",\"x\")", "+SUM(1,1)", "-2+3", "@SUM(1,1)");

    private XssPayloads() {}
}
