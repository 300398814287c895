package com.kafkaconnectkraken.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginInstallerTest {

    @Test
    void anArchiveEntryEscapingThePluginDirectoryIsRefusedAndNotWritten(@TempDir Path dir) throws IOException {
        StackLayout layout = new StackLayout(dir.resolve("stack"), dir.resolve("data"));
        Files.createDirectories(layout.archives());
        layout.createDirectories();
        try (OutputStream file = Files.newOutputStream(layout.archives().resolve("evil.zip"));
             ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("../../escaped.txt"));
            zip.write(1);
            zip.closeEntry();
        }
        StackException e = assertThrows(StackException.class, () -> new PluginInstaller(layout).install());
        assertTrue(e.getMessage().contains("outside its directory"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("escaped.txt")));
        assertFalse(Files.exists(layout.dataDir().resolve("escaped.txt")));
    }

    @Test
    void noArchivesSaysHowToBuildThem(@TempDir Path dir) throws IOException {
        StackLayout layout = new StackLayout(dir.resolve("stack"), dir.resolve("data"));
        Files.createDirectories(layout.archives());
        layout.createDirectories();
        StackException e = assertThrows(StackException.class, () -> new PluginInstaller(layout).install());
        assertTrue(e.getMessage().contains("./mvnw -DskipTests install"), e.getMessage());
    }
}
