package dev.diplograph.neo4jdev;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Prepares Neo4j Browser for a server that must not make the web browser contact other hosts.
 *
 * <p>Neo4j Browser 5.24.0 (the {@code org.neo4j.client:neo4j-browser} jar on the classpath)
 * contacts third parties by itself, whatever the server's configuration says:
 * <ul>
 *   <li>on load, its stylesheet imports two web fonts from Google Fonts
 *       ({@code @import url(https://fonts.googleapis.com/...)});
 *   <li>once connected it loads Segment's analytics script ({@code cdn.segment.com}) and the
 *       Canny feedback widget ({@code canny.io}) — on Community Edition "outgoing connections"
 *       are always allowed, and {@code client.allow_telemetry=false} only stops the events, not
 *       the script loads;
 *   <li>Sentry performance tracing sends envelopes to {@code ingest.sentry.io} (its
 *       {@code beforeSend} honours the telemetry setting, its tracing does not).
 * </ul>
 * On a machine without internet access these requests just fail, but they are still requests
 * to other hosts.
 *
 * <p>{@link #install} copies the {@code browser/} tree of that jar into
 * {@code <webDir>/neo4j-browser.zip} and on the way removes the remote {@code @import}s, points
 * the two script URLs at {@code about:blank#...} (a script element cannot load that: no request
 * is made, the loader sees an error and the app carries on) and empties Sentry's DSN (which
 * disables the Sentry client). Neo4j's HTTP server prefers a {@code neo4j-browser*.zip} in its web
 * directory ({@code internal.dbms.web_dir_path}) to the copy on the classpath, unpacks it into a
 * temporary directory when it starts, and serves it at {@code /browser/}. The zip is rebuilt only
 * when the jar changes.
 */
final class BrowserAssets {

    /** Bump when the patching changes, so existing zips are rebuilt. */
    private static final int PATCH_VERSION = 2;

    /**
     * A CSS {@code @import} of an absolute http(s) URL: {@code @import url(https://...);},
     * {@code @import url("https://...");} or {@code @import "https://...";} (media queries
     * after the URL are not expected and not matched). URLs may contain ';'.
     */
    private static final Pattern REMOTE_IMPORT = Pattern.compile(
            "@import\\s+(?:url\\(\\s*([\"']?)(?:https?:)?//[^)\"'\\s]*\\1\\s*\\)|([\"'])(?:https?:)?//[^\"'\\s]*\\2)\\s*;?");

    /** A rewrite of the text of a .js/.css/.html file: what to find, what to put instead. */
    private record Rule(String what, Pattern pattern, String replacement) {}

    private static final List<Rule> RULES = List.of(
            new Rule("remote CSS @import", REMOTE_IMPORT, ""),
            new Rule("Segment script", Pattern.compile(Pattern.quote("\"https://cdn.segment.com/")),
                    "\"about:blank#cdn.segment.com/"),
            new Rule("Canny script", Pattern.compile(Pattern.quote("\"https://canny.io/")), "\"about:blank#canny.io/"),
            new Rule("Sentry DSN", Pattern.compile("dsn:\"https://[^\"]*\\.sentry\\.io/[^\"]*\""), "dsn:\"\""));

    static final String ZIP_NAME = "neo4j-browser.zip";

    private BrowserAssets() {}

    /**
     * Writes {@code webDir/neo4j-browser.zip} (unless it is up to date) and returns a short
     * description for the log, or returns null when no Neo4j Browser jar is on the classpath
     * (then the server serves none, or the classpath copy as it is).
     */
    static String install(Path webDir) throws IOException {
        URL index = BrowserAssets.class.getClassLoader().getResource("browser/index.html");
        if (index == null || !"jar".equals(index.getProtocol())) {
            return null;
        }
        Path jar;
        try {
            jar = Path.of(((JarURLConnection) index.openConnection()).getJarFileURL().toURI());
        } catch (Exception e) {
            throw new IOException("cannot locate the Neo4j Browser jar from " + index, e);
        }

        Path zip = webDir.resolve(ZIP_NAME);
        Path stamp = webDir.resolve(ZIP_NAME + ".source");
        String source = String.format("%s size=%d mtime=%d patch=%d%n", jar.toAbsolutePath(), Files.size(jar),
                Files.getLastModifiedTime(jar).toMillis(), PATCH_VERSION);
        if (Files.isRegularFile(zip) && Files.isRegularFile(stamp) && Files.readString(stamp).equals(source)) {
            return jar.getFileName() + " (patched copy up to date: " + zip + ")";
        }

        Files.createDirectories(webDir);
        Path tmp = Files.createTempFile(webDir, ZIP_NAME, ".tmp");
        List<String> patched = new ArrayList<>();
        try (JarFile in = new JarFile(jar.toFile());
                OutputStream fileOut = Files.newOutputStream(tmp);
                ZipOutputStream out = new ZipOutputStream(fileOut)) {
            out.setLevel(Deflater.BEST_SPEED);
            // Neo4j unpacks the zip entry by entry, creating each directory entry and each file
            // without creating parents, and serves the directory named by the first entry: so
            // "browser/" first, then every directory before anything in it, then the files.
            TreeMap<String, JarEntry> files = new TreeMap<>();
            TreeSet<String> dirs = new TreeSet<>();
            for (Enumeration<JarEntry> e = in.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                String name = entry.getName();
                if (!name.startsWith("browser/") || entry.isDirectory() || name.contains("..")) {
                    continue;
                }
                files.put(name, entry);
                for (int i = name.indexOf('/'); i >= 0; i = name.indexOf('/', i + 1)) {
                    dirs.add(name.substring(0, i + 1));
                }
            }
            if (!files.containsKey("browser/index.html")) {
                throw new IOException(jar + " has no browser/index.html");
            }
            for (String dir : dirs) { // sorted: "browser/" first, parents before children
                out.putNextEntry(new ZipEntry(dir));
                out.closeEntry();
            }
            for (var f : files.entrySet()) {
                byte[] body;
                try (InputStream is = in.getInputStream(f.getValue())) {
                    body = is.readAllBytes();
                }
                String name = f.getKey();
                if (name.endsWith(".js") || name.endsWith(".css") || name.endsWith(".html")) {
                    // ISO-8859-1 maps bytes 1:1, so everything but the rewritten text is unchanged.
                    String text = new String(body, StandardCharsets.ISO_8859_1);
                    String original = text;
                    for (Rule rule : RULES) {
                        Matcher m = rule.pattern().matcher(text);
                        if (m.find()) {
                            StringBuilder sb = new StringBuilder();
                            do {
                                patched.add(rule.what() + " in " + name.substring("browser/".length()));
                                m.appendReplacement(sb, Matcher.quoteReplacement(rule.replacement()));
                            } while (m.find());
                            m.appendTail(sb);
                            text = sb.toString();
                        }
                    }
                    if (!text.equals(original)) {
                        body = text.getBytes(StandardCharsets.ISO_8859_1);
                    }
                }
                out.putNextEntry(new ZipEntry(name));
                out.write(body);
                out.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(stamp, source);
        return jar.getFileName() + " (patched copy written to " + zip + "; " + patched.size() + " rewrite(s)"
                + (patched.isEmpty() ? "" : ": " + String.join(", ", patched)) + ")";
    }
}
