package com.annavaram.bench.load;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * One virtual user's HTTP/1.1 client on loopback: one kept-alive blocking socket, each response read in full
 * (Content-Length, chunked, or up to the close). It sends what the front ends send ({@code Accept:
 * application/json}, a bearer token where logged in) and nothing else.
 *
 * <p>
 * Written for the load generator, which shares the machine's two cores with the database and both services: a
 * request costs a write and a read on the caller's thread, where {@code java.net.http} hands each exchange across a
 * selector thread and a chain of futures (the harness's CPU fell from 78–106% to 59–76% of a core while it sent more
 * requests: README, Benchmarks). It is a client for measuring, not a general one: no TLS, no redirects, no
 * {@code Expect}, no trailers.
 */
public final class Http implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 30_000;
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int MAX_LINE = 16 * 1024;

    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private String connectedTo;

    /** What the server answered. */
    public record Response(String method, String path, int statusCode, byte[] body) {
    }

    public Response get(String url, String token) throws IOException {
        return send("GET", url, token, null);
    }

    public Response post(String url, String token, String json) throws IOException {
        return send("POST", url, token, json.getBytes(StandardCharsets.UTF_8));
    }

    public Response delete(String url, String token) throws IOException {
        return send("DELETE", url, token, null);
    }

    private Response send(String method, String url, String token, byte[] body) throws IOException {
        URI uri = URI.create(url);
        int port = uri.getPort() < 0 ? 80 : uri.getPort();
        String hostPort = uri.getHost() + ":" + port;
        String target = uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
        byte[] head = head(method, target, hostPort, token, body);
        boolean reused = hostPort.equals(connectedTo) && socket != null;
        if (!reused) {
            connect(uri.getHost(), port, hostPort);
        }
        try {
            return exchange(method, uri.getRawPath(), head, body);
        } catch (StaleConnection e) {
            // The server closed a kept-alive connection between two requests (before answering this one): a GET or
            // DELETE goes once more on a new connection (idempotent); a POST is not repeated.
            close();
            if (!reused || method.equals("POST")) {
                throw e;
            }
            connect(uri.getHost(), port, hostPort);
            return exchange(method, uri.getRawPath(), head, body);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private Response exchange(String method, String path, byte[] head, byte[] body) throws IOException {
        try {
            out.write(head);
            if (body != null) {
                out.write(body);
            }
            out.flush();
        } catch (IOException e) {
            throw new StaleConnection(e);
        }
        int first = read();
        if (first < 0) {
            throw new StaleConnection(new EOFException("closed before the status line"));
        }
        String statusLine = (char) first + line();
        int status = status(statusLine);
        long length = -1;
        boolean chunked = false;
        boolean closeAfter = statusLine.startsWith("HTTP/1.0");
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closeAfter = value.equalsIgnoreCase("close");
                default -> {
                }
            }
        }
        byte[] content;
        if (status == 204 || status == 304 || status / 100 == 1 || method.equals("HEAD")) {
            content = new byte[0];
        } else if (chunked) {
            content = chunkedBody();
        } else if (length >= 0) {
            content = bytes(Math.toIntExact(length));
        } else {
            ByteArrayOutputStream rest = new ByteArrayOutputStream(8192);
            rest.write(buffer, position, limit - position);
            position = limit;
            in.transferTo(rest);
            content = rest.toByteArray();
            closeAfter = true;
        }
        if (closeAfter) {
            close();
        }
        return new Response(method, path, status, content);
    }

    private byte[] chunkedBody() throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream(8192);
        while (true) {
            String sizeLine = line();
            int extension = sizeLine.indexOf(';');
            int size = Integer.parseInt((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
            if (size == 0) {
                // Trailers, if any, end with an empty line.
                while (!line().isEmpty()) {
                    // skipped
                }
                return content.toByteArray();
            }
            content.write(bytes(size));
            if (!line().isEmpty()) {
                throw new IOException("no line end after a chunk");
            }
        }
    }

    /** One header line without its CRLF (ISO-8859-1, as HTTP/1.1 headers are). */
    private String line() throws IOException {
        byte[] line = new byte[128];
        int length = 0;
        while (true) {
            int b = read();
            if (b < 0) {
                throw new EOFException("connection closed inside the response head");
            }
            if (b == '\n') {
                if (length > 0 && line[length - 1] == '\r') {
                    length--;
                }
                return new String(line, 0, length, StandardCharsets.ISO_8859_1);
            }
            if (length == line.length) {
                if (length >= MAX_LINE) {
                    throw new IOException("response line longer than " + MAX_LINE + " bytes");
                }
                line = Arrays.copyOf(line, length * 2);
            }
            line[length++] = (byte) b;
        }
    }

    /** The next byte of the response, or -1 at the end of the stream. */
    private int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    /** Exactly {@code count} bytes of the response. */
    private byte[] bytes(int count) throws IOException {
        byte[] bytes = new byte[count];
        int done = 0;
        while (done < count) {
            if (position == limit && !fill()) {
                throw new EOFException("body ended after " + done + " of " + count + " bytes");
            }
            int n = Math.min(count - done, limit - position);
            System.arraycopy(buffer, position, bytes, done, n);
            position += n;
            done += n;
        }
        return bytes;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    private static int status(String statusLine) throws IOException {
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x status line: " + statusLine);
        }
        return Integer.parseInt(parts[1]);
    }

    private static byte[] head(String method, String target, String hostPort, String token, byte[] body) {
        StringBuilder head = new StringBuilder(160).append(method).append(' ').append(target)
                .append(" HTTP/1.1\r\nHost: ").append(hostPort).append("\r\nAccept: application/json\r\n");
        if (token != null) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private void connect(String host, int port, String hostPort) throws IOException {
        Socket fresh = new Socket();
        try {
            fresh.setTcpNoDelay(true);
            fresh.setSoTimeout(TIMEOUT_MILLIS);
            fresh.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            in = fresh.getInputStream();
            out = fresh.getOutputStream();
        } catch (IOException e) {
            fresh.close();
            throw e;
        }
        socket = fresh;
        connectedTo = hostPort;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a socket we give up on
            }
        }
        socket = null;
        position = 0;
        limit = 0;
        in = null;
        out = null;
        connectedTo = null;
    }

    /** The request could not be sent, or got no byte back, on a connection the server had closed. */
    private static final class StaleConnection extends IOException {

        StaleConnection(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
