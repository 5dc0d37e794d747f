package io.steward.app.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The HR system's people list (CSV, §7 hazards: UTF-8 BOM, {@code ;} separators, mixed-case statuses, date-only
 * and "N/A" left dates, a contractor with no e-mail): every person the demo's exports name as an owner, and the
 * few who left, whose identities are the demo's orphans.
 */
final class PeopleDirectoryExport implements DemoExport {
    private static final String[] ACTIVE = {"Active", "Active", "active"};
    private static final String[] LEFT = {"Left", "Terminated"};

    @Override
    public List<Path> write(Path dir, DemoOrg org) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("\uFEFFEmployee ID;Email;Full Name;Department;Status;Left Date;GitHub Login");
        int n = 0;
        for (DemoOrg.Person p : org.people()) {
            String status = p.left() ? LEFT[n % LEFT.length] : ACTIVE[n % ACTIVE.length];
            String leftAt = p.left() ? DemoFiles.day(p.leftAt()) : n % 4 == 0 ? "N/A" : "";
            lines.add(String.join(";", p.employeeId(), p.email(), p.name(), p.team(), status, leftAt, p.login()));
            n++;
        }
        lines.add(String.join(";", "C-0042", "", "Vendor Ops (contractor)", "procurement", "Active", "", "vendor-ops"));
        Path file = dir.resolve("people-directory-" + org.now().toString().substring(0, 7) + ".csv");
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return List.of(file);
    }
}
