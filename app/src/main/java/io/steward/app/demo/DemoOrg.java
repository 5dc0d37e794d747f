package io.steward.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The fictional organisation every demo export describes: one AWS account with service users, people,
 * CI bots and roles, owned by teams. Deterministic for a seed and a "now", so the same demo comes out every
 * time; every export draws on the same people and services, so they join up (tags name the owners the
 * credential report lacks; the access-key list is one of the report's users).
 */
public final class DemoOrg {
    static final String ACCOUNT = "210987654321";
    static final String[] TEAMS = {"payments", "ledger", "search", "data-platform", "identity", "billing", "growth", "mobile", "ml",
        "risk", "support", "infra", "analytics", "checkout", "catalog", "fraud"};
    static final String[] APPS = {"etl", "api", "worker", "sync", "backup", "deployer", "exporter", "scheduler", "crawler", "ingest",
        "reporting", "webhook", "migrator", "indexer", "notifier", "archiver"};
    static final String[] FIRST = {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory",
        "niaj", "olivia", "peggy", "rupert", "sybil", "trent", "victor", "walter", "yasmin", "zoe", "christopher", "amara", "kenji"};
    static final String[] LAST = {"smith", "jones", "garcia", "miller", "davis", "lopez", "wilson", "anderson", "thomas", "taylor",
        "moore", "martin", "lee", "perez", "white", "harris", "clark", "lewis", "walker", "young", "okafor", "tanaka"};
    /** The company's e-mail domain and GitHub organisation. */
    static final String DOMAIN = "acme.example";
    static final String GITHUB_ORG = "acme";
    static final int PEOPLE = 64;
    static final String[] REGIONS = {"us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"};
    static final String[] SERVICES = {"s3", "sts", "ec2", "iam", "dynamodb", "sqs", "sns", "lambda", "kms", "logs", "ecr", "ssm"};

    /** What an IAM user is for. */
    enum Role { SERVICE, PERSON, CI_BOT }

    /** One IAM user of the account, with up to two access keys. */
    record User(int n, String name, String path, Role role, String team, Instant created, List<Key> keys, boolean leavesThisMonth) {
        String arn() {
            return "arn:aws:iam::" + ACCOUNT + ":user" + path + name;
        }
    }

    /** An access key: when it was created, whether it is active, when it was last used (null = never). */
    record Key(String id, Instant created, boolean active, Instant lastUsed, String region, String service) {
    }

    /** A person of the company directory; {@code leftAt} non-null = has left (their identities are the demo's orphans). */
    record Person(String employeeId, String name, String email, String login, String team, Instant leftAt) {
        boolean left() {
            return leftAt != null;
        }
    }

    private final Instant now;
    private final List<User> users = new ArrayList<>();
    private final List<User> joiners = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();

    /**
     * @param users   IAM users in the account (each brings one or two access-key identities)
     * @param now     the day the demo describes; times are spread over the years before it
     */
    public DemoOrg(long seed, int users, Instant now) {
        this.now = now.truncatedTo(ChronoUnit.DAYS);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < users; i++) {
            this.users.add(user(random, i, random.nextInt(50) == 0));
        }
        for (int i = 0; i < Math.max(1, users / 30); i++) {
            joiners.add(user(random, users + i, false));
        }
        SplittableRandom peopleRandom = new SplittableRandom(seed ^ 0x5EED_0F_9E0_91EL);
        for (int i = 0; i < PEOPLE; i++) {
            people.add(person(peopleRandom, i));
        }
    }

    public Instant now() {
        return now;
    }

    /** The account's users at the start of last month's report. */
    List<User> users() {
        return users;
    }

    /** Users created during the month: in this month's report only. */
    List<User> joiners() {
        return joiners;
    }

    /** The company directory: every owner the non-AWS exports name, a few of whom have left. */
    List<Person> people() {
        return people;
    }

    /** The e-mails of the people who have left. */
    List<String> leavers() {
        return people.stream().filter(Person::left).map(Person::email).toList();
    }

    /**
     * The owner of the {@code n}th identity of a platform's export, drawn so every team owns some; people who
     * left own a share (the orphans); {@code null} for roughly one in nine (nobody is recorded).
     */
    Person owner(String platform, int n) {
        int h = Math.floorMod((platform.hashCode() * 31 + n) * 0x9E3779B1, 1 << 20);
        return h % 9 == 0 ? null : people.get(h % people.size());
    }

    String account() {
        return ACCOUNT;
    }

    Instant daysAgo(double days) {
        return now.minus(Duration.ofMinutes((long) (days * 24 * 60)));
    }

    private User user(SplittableRandom r, int n, boolean leaves) {
        int kind = r.nextInt(100);
        Role role = kind < 60 ? Role.SERVICE : kind < 88 ? Role.PERSON : Role.CI_BOT;
        String team = TEAMS[r.nextInt(TEAMS.length)];
        String app = APPS[r.nextInt(APPS.length)];
        String name = switch (role) {
            case SERVICE -> "svc-" + team + "-" + app + (n % 7 == 0 ? "" : "-" + Integer.toString(n, 36));
            case PERSON -> FIRST[r.nextInt(FIRST.length)] + "." + LAST[r.nextInt(LAST.length)] + (n % 5 == 0 ? "" : n);
            case CI_BOT -> "ci-" + app + "-deployer-" + n;
        };
        String path = role == Role.SERVICE ? "/service/" : role == Role.CI_BOT ? "/ci/" : "/";
        Instant created = daysAgo(30 + r.nextDouble() * 3000);
        List<Key> keys = new ArrayList<>(2);
        int keyCount = role == Role.PERSON ? (r.nextInt(3) == 0 ? 1 : 0) : 1 + (r.nextInt(4) == 0 ? 1 : 0);
        for (int k = 0; k < keyCount; k++) {
            double age = r.nextDouble() * Duration.between(created, now).toDays();
            boolean neverUsed = r.nextInt(9) == 0;
            keys.add(new Key(keyId(r), daysAgo(age), r.nextInt(6) != 0, neverUsed ? null : daysAgo(r.nextDouble() * Math.min(age, 400)),
                    REGIONS[r.nextInt(REGIONS.length)], SERVICES[r.nextInt(SERVICES.length)]));
        }
        return new User(n, name.toLowerCase(Locale.ROOT), path, role, team, created, keys, leaves);
    }

    private Person person(SplittableRandom r, int n) {
        String first = FIRST[n % FIRST.length];
        String last = LAST[r.nextInt(LAST.length)];
        String team = TEAMS[n % TEAMS.length];
        String local = first + "." + last + (n >= FIRST.length ? Integer.toString(n) : "");
        Instant leftAt = n % 11 == 5 ? daysAgo(20 + r.nextInt(300)).truncatedTo(ChronoUnit.DAYS) : null;
        String name = Character.toUpperCase(first.charAt(0)) + first.substring(1) + " " + Character.toUpperCase(last.charAt(0))
                + last.substring(1);
        return new Person(String.format("E-%05d", 10_400 + n * 7), name, local + "@" + DOMAIN, first.charAt(0) + last + (n % 3 == 0 ? "-acme" : Integer.toString(n)),
                team, leftAt);
    }

    /** A made-up access key id in AWS's shape (AKIA + 16 base-32 characters): an identifier, not a secret. */
    private static String keyId(SplittableRandom r) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder b = new StringBuilder("AKIA");
        for (int i = 0; i < 16; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
