package io.recoverydesk.portfolio.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.BusinessRuleException;

/**
 * An uploaded placement file saved to a temporary file with its SHA-256, and how to read
 * it: XLSX by its zip signature, otherwise CSV in UTF-8 (with or without BOM) or GB18030
 * (which covers GBK), detected or as told.
 */
record PlacementFile(Path path, String fileName, String sha256, long size) {

    private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    static PlacementFile save(InputStream upload, String fileName) throws IOException {
        Path temp = Files.createTempFile("placement-", ".upload");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(upload, digest)) {
                Files.copy(in, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return new PlacementFile(temp, fileName == null || fileName.isBlank() ? "upload" : fileName,
                    HexFormat.of().formatHex(digest.digest()), Files.size(temp));
        }
        catch (NoSuchAlgorithmException ex) {
            Files.deleteIfExists(temp);
            throw new IllegalStateException(ex);
        }
        catch (IOException | RuntimeException ex) {
            Files.deleteIfExists(temp);
            throw ex;
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(path);
        }
        catch (IOException ignored) {
            // a temp file left behind is removed by the OS; nothing depends on it
        }
    }

    RowSource open(String encoding) throws IOException {
        if (size == 0) {
            throw new BadRequestException("empty-file", "The uploaded file is empty.");
        }
        byte[] head = new byte[8192];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        }
        CountingInputStream counted = new CountingInputStream(Files.newInputStream(path));
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return counting(new XlsxRowSource(new BufferedInputStream(counted, 1 << 16)), counted);
        }
        if (n >= 8 && head[0] == (byte) 0xD0 && head[1] == (byte) 0xCF) {
            counted.close();
            throw new BusinessRuleException("unsupported-format",
                    "Old Excel (.xls) files are not supported: save the sheet as .xlsx or CSV.");
        }
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                counted.close();
                throw new BusinessRuleException("malformed-file",
                        "The file is neither CSV text nor an XLSX workbook (it contains binary data).");
            }
        }
        Charset charset = charset(encoding, head, n);
        InputStream in = new BufferedInputStream(counted, 1 << 16);
        if (startsWithBom(head, n)) {
            in.skipNBytes(3);
        }
        Reader reader = new InputStreamReader(in,
                charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
        return counting(new CsvRowSource(reader), counted);
    }

    private static RowSource counting(RowSource source, CountingInputStream counted) {
        return new RowSource() {

            @Override
            public java.util.List<String> header() {
                return source.header();
            }

            @Override
            public Row next() {
                return source.next();
            }

            @Override
            public long bytesRead() {
                return counted.count;
            }

            @Override
            public void close() throws IOException {
                source.close();
            }

        };
    }

    /** Counts the bytes read from the file. */
    private static final class CountingInputStream extends java.io.FilterInputStream {

        private volatile long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }

    }

    private Charset charset(String encoding, byte[] head, int n) throws IOException {
        if (encoding != null && !encoding.isBlank()) {
            try {
                return Charset.forName(encoding.trim());
            }
            catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
                throw new BadRequestException("bad-encoding", "Unknown encoding " + encoding + ".");
            }
        }
        if (startsWithBom(head, n)) {
            return StandardCharsets.UTF_8;
        }
        return isValidUtf8() ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
    }

    private static boolean startsWithBom(byte[] head, int n) {
        return n >= 3 && head[0] == UTF8_BOM[0] && head[1] == UTF8_BOM[1] && head[2] == UTF8_BOM[2];
    }

    /**
     * One streaming pass with a strict UTF-8 decoder; a Chinese Excel export in GBK fails
     * it within a few bytes.
     */
    private boolean isValidUtf8() throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        try (var channel = Files.newByteChannel(path)) {
            while (true) {
                int read = channel.read(bytes);
                bytes.flip();
                var result = decoder.decode(bytes, chars, read < 0);
                if (result.isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
                if (read < 0) {
                    return !decoder.flush(chars).isError();
                }
            }
        }
        catch (CharacterCodingException ex) {
            return false;
        }
    }

}
