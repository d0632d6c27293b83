package org.amnok.jsonl;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/** Checks bytes for valid UTF-8 without decoding them all at once. Stateless and thread-safe. */
final class Utf8 {
    private Utf8() {
    }

    /** The offset of the first byte that is not valid UTF-8 in {@code bytes[0, length)}; empty when all are. */
    static OptionalInt findInvalid(byte[] bytes, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder(); // reports errors by default
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return OptionalInt.of(in.position());
            }
            if (r.isUnderflow()) {
                return decoder.flush(out).isError() ? OptionalInt.of(in.position()) : OptionalInt.empty();
            }
            out.clear();
        }
    }
}
