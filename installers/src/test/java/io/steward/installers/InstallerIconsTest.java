package io.steward.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The committed icons (made by installers/src/icon/StewardIcon.java) are well-formed for each OS's
 * packager, including the Windows .ico and the macOS .icns that this machine cannot package.
 */
class InstallerIconsTest {

    @Test
    void linuxIconIsA256PixelPngWithTransparency() throws IOException {
        BufferedImage png = ImageIO.read(BuiltArtifacts.resource("linux/steward.png").toFile());

        assertThat(png.getWidth()).isEqualTo(256);
        assertThat(png.getHeight()).isEqualTo(256);
        assertThat(png.getColorModel().hasAlpha()).isTrue();
        assertThat(png.getRGB(0, 0) >>> 24).as("corner alpha").isZero();
    }

    @Test
    void windowsIconHoldsEverySizeFrom16To256() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(BuiltArtifacts.resource("windows/Steward.ico")))
                .order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).as("reserved").isZero();
        assertThat(ico.getShort(2)).as("type 1 = icon").isEqualTo((short) 1);

        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < ico.getShort(4); i++) {
            int entry = 6 + 16 * i;
            int size = ico.get(entry) == 0 ? 256 : Byte.toUnsignedInt(ico.get(entry));
            int length = ico.getInt(entry + 8);
            int offset = ico.getInt(entry + 12);
            assertThat(offset + (long) length).as("entry %d within the file", i).isLessThanOrEqualTo(ico.capacity());
            byte[] data = new byte[length];
            ico.get(offset, data);
            assertThat(imageSize(data, size)).as("entry %d pixels", i).isEqualTo(size);
            sizes.add(size);
        }
        assertThat(sizes).containsExactly(16, 24, 32, 48, 64, 128, 256);
    }

    @Test
    void macIconHoldsTheRetinaSetUpTo1024() throws IOException {
        byte[] file = Files.readAllBytes(BuiltArtifacts.resource("macos/Steward.icns"));
        ByteBuffer icns = ByteBuffer.wrap(file);
        assertThat(new String(file, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(icns.getInt(4)).as("declared length").isEqualTo(file.length);

        Map<String, Integer> pixels = new LinkedHashMap<>();
        for (int at = 8; at < file.length; ) {
            String type = new String(file, at, 4, StandardCharsets.US_ASCII);
            int length = icns.getInt(at + 4);
            byte[] png = new byte[length - 8];
            icns.get(at + 8, png);
            pixels.put(type, ImageIO.read(new ByteArrayInputStream(png)).getWidth());
            at += length;
        }
        assertThat(pixels).containsExactly(Map.entry("ic07", 128), Map.entry("ic08", 256), Map.entry("ic09", 512),
                Map.entry("ic10", 1024), Map.entry("ic11", 32), Map.entry("ic12", 64), Map.entry("ic13", 256),
                Map.entry("ic14", 512));
    }

    /** Width of an ICO entry: a PNG, or a DIB whose header stores the height doubled (image + mask). */
    private static int imageSize(byte[] data, int expected) throws IOException {
        if (data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
            return ImageIO.read(new ByteArrayInputStream(data)).getWidth();
        }
        ByteBuffer dib = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(dib.getInt(0)).as("BITMAPINFOHEADER size").isEqualTo(40);
        assertThat(dib.getInt(8)).as("DIB height = image + mask").isEqualTo(2 * expected);
        assertThat(dib.getShort(14)).as("bits per pixel").isEqualTo((short) 32);
        return dib.getInt(4);
    }
}
