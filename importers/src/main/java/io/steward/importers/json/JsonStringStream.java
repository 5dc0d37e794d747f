package io.steward.importers.json;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of one JSON string value, read straight from the file and unescaped on the fly, so a
 * string of hundreds of megabytes (a credential report's {@code Content}) is never held in memory.
 * The underlying stream must be positioned just after the opening quote; reading stops at the
 * closing quote. Unescaped text is produced as UTF-8.
 */
public final class JsonStringStream extends InputStream {
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int bufPos;
    private int bufLen;
    private final byte[] pending = new byte[4];
    private int pendingLength;
    private int pendingPos;
    private boolean done;

    /** @param in raw bytes, read in large chunks (no need to buffer it) */
    public JsonStringStream(InputStream in) {
        this.in = in;
    }

    private int next() throws IOException {
        if (bufPos == bufLen) {
            bufLen = in.read(buf, 0, buf.length);
            bufPos = 0;
            if (bufLen <= 0) {
                bufLen = 0;
                return -1;
            }
        }
        return buf[bufPos++] & 0xff;
    }

    @Override
    public int read() throws IOException {
        if (pendingPos < pendingLength) {
            return pending[pendingPos++] & 0xff;
        }
        if (done) {
            return -1;
        }
        int b = next();
        if (b < 0) {
            throw new EOFException("the JSON string is cut off: the file ends before its closing quote");
        }
        if (b == '"') {
            done = true;
            return -1;
        }
        if (b != '\\') {
            return b;
        }
        int e = next();
        switch (e) {
            case '"', '\\', '/' -> {
                return e;
            }
            case 'n' -> {
                return '\n';
            }
            case 'r' -> {
                return '\r';
            }
            case 't' -> {
                return '\t';
            }
            case 'b' -> {
                return '\b';
            }
            case 'f' -> {
                return '\f';
            }
            case 'u' -> {
                return unicode();
            }
            case -1 -> throw new EOFException("the JSON string is cut off inside an escape");
            default -> throw new IOException("invalid escape in a JSON string");
        }
    }

    private int unicode() throws IOException {
        int cp = hex4();
        if (Character.isHighSurrogate((char) cp)) {
            if (next() != '\\' || next() != 'u') {
                throw new IOException("invalid surrogate pair in a JSON string");
            }
            int low = hex4();
            cp = Character.toCodePoint((char) cp, (char) low);
        }
        byte[] utf8 = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        System.arraycopy(utf8, 1, pending, 0, utf8.length - 1);
        pendingLength = utf8.length - 1;
        pendingPos = 0;
        return utf8[0] & 0xff;
    }

    private int hex4() throws IOException {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int c = next();
            int d = Character.digit(c, 16);
            if (c < 0 || d < 0) {
                throw new IOException("invalid \\u escape in a JSON string");
            }
            v = v * 16 + d;
        }
        return v;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len) {
            // fast path: copy plain bytes straight from the buffer
            while (n < len && pendingPos >= pendingLength && !done && bufPos < bufLen) {
                byte c = buf[bufPos];
                if (c == '"' || c == '\\') {
                    break;
                }
                b[off + n++] = c;
                bufPos++;
            }
            if (n == len || n > 0 && bufPos == bufLen) {
                break; // return what we have rather than block on the next chunk
            }
            int c = read();
            if (c < 0) {
                break;
            }
            b[off + n++] = (byte) c;
        }
        return n == 0 ? -1 : n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
