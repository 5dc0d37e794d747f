package io.steward.model.findings;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Short codes of framework references, for chart axes: "NHI7", "ASI03", "PR.AA-01", "CIS 1.14". */
public final class FrameworkItems {
    private static final Pattern OWASP = Pattern.compile("^OWASP (?:Agentic )?((?:NHI|ASI)\\d+)\\b");
    private static final Pattern NIST = Pattern.compile("^NIST CSF [\\d.]+ (\\S+)");
    private static final Pattern CIS = Pattern.compile("^CIS .*?\\((\\d+\\.\\d+) in v");

    private FrameworkItems() {
    }

    /** The item's code, or the reference itself when it names none of the known frameworks. */
    public static String code(String reference) {
        for (Pattern p : new Pattern[] {OWASP, NIST}) {
            Matcher m = p.matcher(reference);
            if (m.find()) {
                return m.group(1);
            }
        }
        Matcher cis = CIS.matcher(reference);
        return cis.find() ? "CIS " + cis.group(1) : reference;
    }
}
