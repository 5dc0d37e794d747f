import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the Steward icon (a white shield with a check mark on a teal-to-navy rounded square) and
 * writes it in every format the installers need, each size drawn from the vector shapes rather
 * than scaled down from one bitmap:
 * <ul>
 *   <li>{@code linux/steward.png} (256 px),</li>
 *   <li>{@code windows/Steward.ico} (16-256 px; BMP entries below 256, PNG at 256, as Windows expects),</li>
 *   <li>{@code macos/Steward.icns} (128-1024 px PNG entries plus the 32/64 px retina ones, as
 *       {@code iconutil} writes them; macOS derives 16 and 32 px from those).</li>
 * </ul>
 * Run from the repository root: {@code java installers/src/icon/StewardIcon.java installers/src/main/resources}.
 * The results are committed; run it again only when the drawing changes. Pure JDK, headless.
 */
public final class StewardIcon {
    private static final Color TOP = new Color(0x14, 0x7D, 0x7A);
    private static final Color BOTTOM = new Color(0x0E, 0x2A, 0x47);
    private static final Color SHIELD = new Color(0xF7, 0xFA, 0xFC);
    private static final Color CHECK = new Color(0x11, 0x5E, 0x6E);

    private StewardIcon() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java StewardIcon.java <installers/src/main/resources>");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        Path out = Path.of(args[0]);
        Files.createDirectories(out.resolve("linux"));
        Files.createDirectories(out.resolve("windows"));
        Files.createDirectories(out.resolve("macos"));
        Files.write(out.resolve("linux/steward.png"), png(draw(256)));
        Files.write(out.resolve("windows/Steward.ico"), ico(List.of(16, 24, 32, 48, 64, 128, 256)));
        Files.write(out.resolve("macos/Steward.icns"), icns());
        System.out.println("icons written under " + out.toAbsolutePath());
    }

    /** One icon at {@code size} pixels, drawn on a 1024-unit canvas. */
    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(size / 1024.0, size / 1024.0);

            // Small sizes keep less margin so the shape stays legible at 16 px.
            double inset = size <= 32 ? 16 : 64;
            double side = 1024 - 2 * inset;
            g.setPaint(new GradientPaint(0, (float) inset, TOP, 0, (float) (inset + side), BOTTOM));
            g.fill(new RoundRectangle2D.Double(inset, inset, side, side, side * 0.44, side * 0.44));

            g.setColor(SHIELD);
            g.fill(shield());

            g.setColor(CHECK);
            g.setStroke(new BasicStroke(size <= 24 ? 92f : 70f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D.Double check = new Path2D.Double();
            check.moveTo(372, 520);
            check.lineTo(470, 616);
            check.lineTo(660, 404);
            g.draw(check);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** A heater shield: flat shoulders, straight sides, curving to a point. */
    private static Path2D shield() {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(512, 196);
        p.curveTo(600, 250, 690, 268, 780, 262);
        p.lineTo(780, 500);
        p.curveTo(780, 666, 670, 780, 512, 846);
        p.curveTo(354, 780, 244, 666, 244, 500);
        p.lineTo(244, 262);
        p.curveTo(334, 268, 424, 250, 512, 196);
        p.closePath();
        return p;
    }

    static byte[] png(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** ICO container: a directory of entries, each a 32-bit BMP (DIB), or a PNG for the 256 px one. */
    static byte[] ico(List<Integer> sizes) throws IOException {
        List<byte[]> images = sizes.stream().map(s -> s >= 256 ? png(draw(s)) : dib(draw(s))).toList();
        ByteBuffer head = ByteBuffer.allocate(6 + 16 * sizes.size()).order(ByteOrder.LITTLE_ENDIAN);
        head.putShort((short) 0).putShort((short) 1).putShort((short) sizes.size());
        int offset = head.capacity();
        for (int i = 0; i < sizes.size(); i++) {
            int s = sizes.get(i);
            head.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s)).put((byte) 0).put((byte) 0);
            head.putShort((short) 1).putShort((short) 32);
            head.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(head.array());
        for (byte[] image : images) {
            out.write(image);
        }
        return out.toByteArray();
    }

    /** The DIB form ICO uses: BITMAPINFOHEADER with doubled height, BGRA rows bottom-up, then an AND mask. */
    private static byte[] dib(BufferedImage img) {
        int s = img.getWidth();
        int maskRow = ((s + 31) / 32) * 4;
        ByteBuffer b = ByteBuffer.allocate(40 + s * s * 4 + maskRow * s).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(40).putInt(s).putInt(2 * s).putShort((short) 1).putShort((short) 32)
                .putInt(0).putInt(s * s * 4 + maskRow * s).putInt(0).putInt(0).putInt(0).putInt(0);
        for (int y = s - 1; y >= 0; y--) {
            for (int x = 0; x < s; x++) {
                int argb = img.getRGB(x, y);
                b.put((byte) argb).put((byte) (argb >> 8)).put((byte) (argb >> 16)).put((byte) (argb >>> 24));
            }
        }
        // All-zero AND mask: the alpha channel carries transparency for 32-bit entries.
        return b.array();
    }

    /** ICNS container with PNG entries (type, big-endian length including the 8-byte header, data). */
    static byte[] icns() throws IOException {
        Map<String, Integer> entries = new LinkedHashMap<>();
        entries.put("ic07", 128);
        entries.put("ic08", 256);
        entries.put("ic09", 512);
        entries.put("ic10", 1024);
        entries.put("ic11", 32);
        entries.put("ic12", 64);
        entries.put("ic13", 256);
        entries.put("ic14", 512);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(body);
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            byte[] image = png(draw(e.getValue()));
            data.writeBytes(e.getKey());
            data.writeInt(8 + image.length);
            data.write(image);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream file = new DataOutputStream(out);
        file.writeBytes("icns");
        file.writeInt(8 + body.size());
        body.writeTo(file);
        return out.toByteArray();
    }
}
