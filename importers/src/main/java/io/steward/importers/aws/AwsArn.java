package io.steward.importers.aws;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of an IAM ARN that importers need: partition, account and resource (e.g. {@code user/path/name}). */
public record AwsArn(String partition, String account, String resource) {
    private static final Pattern IAM = Pattern.compile("arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b):iam::(\\d{12}):(.+)");

    /** Parses an IAM ARN, or returns {@code null} when the text is not one. */
    public static AwsArn parseIam(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = IAM.matcher(text);
        return m.matches() ? new AwsArn(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** The source name Steward uses for an AWS account. */
    public String source() {
        return sourceOf(account);
    }

    public static String sourceOf(String account) {
        return "aws:" + account;
    }

    public boolean isRoot() {
        return resource.equals("root");
    }

    /** The IAM path of a user/role ARN ({@code /} when none), or {@code null} for other resources. */
    public String path() {
        int first = resource.indexOf('/');
        int last = resource.lastIndexOf('/');
        if (first < 0) {
            return null;
        }
        return first == last ? "/" : resource.substring(first, last + 1);
    }
}
