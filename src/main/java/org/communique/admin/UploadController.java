package org.communique.admin;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.communique.importer.ExtractionProperties;
import org.communique.importer.ImportAlreadyRunning;
import org.communique.importer.ImportFolder;
import org.communique.importer.ImportRun;
import org.communique.importer.Importer;
import org.communique.importer.ImporterProperties;
import org.communique.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Adding source files through the browser: each file is checked (name, type, size) and staged in the
 * database (so that any node shows the preview and imports it); the admin sees the preview of what the importer
 * would make of it, then imports it (it is written into the import folder and a run imports it) or cancels (it
 * is thrown away).
 */
@Controller
class UploadController {

    private static final Logger log = LoggerFactory.getLogger(UploadController.class);

    private static final Pattern BATCH = Pattern.compile("[0-9a-f]{32}");

    private final ImporterProperties importer;
    private final AdminProperties admin;
    private final Importer imports;
    private final Preview preview;
    private final AuditLog audit;
    private final ExtractionProperties extraction;
    private final StagedUploads staged;

    UploadController(ImporterProperties importer, AdminProperties admin, Importer imports, Preview preview, AuditLog audit,
                     ExtractionProperties extraction, StagedUploads staged) {
        this.extraction = extraction;
        this.importer = importer;
        this.admin = admin;
        this.imports = imports;
        this.preview = preview;
        this.audit = audit;
        this.staged = staged;
    }

    /** A file the upload refused, and why (a message for the next page, which may be another node's: serializable). */
    record Rejected(String name, String reason) implements Serializable {
    }

    @GetMapping("/admin/upload")
    String form(Model model) {
        model.addAttribute("limit", admin.uploadLimit().toMegabytes() + " MB");
        return "admin/upload";
    }

    @PostMapping("/admin/upload")
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, Principal who,
                  HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect)
            throws IOException {
        List<Rejected> rejected = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        String batch = UUID.randomUUID().toString().replace("-", "");
        staged.forgetOld();
        Set<String> names = new HashSet<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            String name = file.getOriginalFilename();
            if ((name == null || name.isEmpty()) && file.isEmpty()) {
                continue; // the empty part a browser sends when no file was chosen
            }
            String reason = UploadedName.problem(name).orElse(null);
            if (reason == null && file.getSize() > admin.uploadLimit().toBytes()) {
                reason = "the file is larger than the limit of " + admin.uploadLimit().toMegabytes() + " MB";
            }
            byte[] bytes = reason == null ? file.getBytes() : new byte[0];
            if (reason == null && bytes.length == 0) {
                reason = "the file is empty";
            }
            if (reason == null && looksBinary(bytes)) {
                reason = "the file is not text (it holds binary data); only text and HTML files can be imported";
            }
            if (reason == null && !names.add(name.toLowerCase(java.util.Locale.ROOT))) {
                reason = "another file of this upload has the same name";
            }
            if (reason != null) {
                rejected.add(new Rejected(UploadedName.printable(name), reason));
                audit.record(who.getName(), "UPLOAD_REJECTED", UploadedName.printable(name),
                        "Refused the uploaded file " + UploadedName.printable(name) + ": " + reason, request.getRemoteAddr());
                continue;
            }
            staged.stage(batch, name, bytes, who.getName());
            accepted.add(name);
            audit.record(who.getName(), "UPLOAD", name, "Uploaded " + name + " (" + bytes.length
                    + " bytes); it waits for the preview", request.getRemoteAddr());
        }
        if (accepted.isEmpty()) { // nothing to preview: the request as a whole is refused, each file with its reason
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("rejected", rejected);
            model.addAttribute("limit", admin.uploadLimit().toMegabytes() + " MB");
            model.addAttribute("error", rejected.isEmpty() ? "Choose at least one file to upload." : "No file was accepted.");
            return "admin/upload";
        }
        redirect.addFlashAttribute("rejected", rejected);
        return "redirect:/admin/upload/" + batch;
    }

    @GetMapping("/admin/upload/{batch}")
    String previewBatch(@PathVariable String batch, Model model) {
        List<Preview.FilePreview> previews = new ArrayList<>();
        for (StagedUploads.Staged file : batch(batch)) {
            previews.add(preview.of(file.name(), file.content()));
        }
        model.addAttribute("batch", batch);
        model.addAttribute("previews", previews);
        return "admin/preview";
    }

    @PostMapping("/admin/upload/{batch}/import")
    String importBatch(@PathVariable String batch, Principal who, HttpServletRequest request,
                       RedirectAttributes redirect) throws IOException {
        List<StagedUploads.Staged> files = batch(batch);
        if (staged.remove(batch) == 0) {
            throw new NotFoundException("This upload is gone: it was imported or cancelled already.");
        }
        List<String> names = files.stream().map(StagedUploads.Staged::name).toList();
        try {
            save(files);
        } catch (IOException e) {
            for (StagedUploads.Staged file : files) { // the upload is kept, to be imported once the folder can be written
                staged.stage(batch, file.name(), file.content(), who.getName());
            }
            String reason = unwritable(e);
            log.warn("Uploaded files {} could not be saved into the import folder: {}", names, reason);
            audit.record(who.getName(), "UPLOAD_NOT_SAVED", String.join(", ", names), "Could not save "
                    + String.join(", ", names) + " into the import folder: " + reason, request.getRemoteAddr());
            redirect.addFlashAttribute("error", "The files could not be saved into the import folder: " + reason
                    + ". Nothing was imported and nothing in the folder was changed; the upload is kept here, to be"
                    + " imported once the folder can be written again (free space, permissions).");
            return "redirect:/admin/upload/" + batch;
        }
        audit.record(who.getName(), "UPLOAD_SAVED", String.join(", ", names),
                "Saved " + String.join(", ", names) + " into the import folder",
                request.getRemoteAddr());
        try {
            long run = imports.startInBackground(importer.importDir(), names, ImportRun.Trigger.ADMIN, who.getName());
            audit.record(who.getName(), "IMPORT", "run " + run, "Started import run " + run
                    + " of the uploaded " + String.join(", ", names), request.getRemoteAddr());
            return "redirect:/admin/imports/" + run;
        } catch (ImportAlreadyRunning e) {
            audit.record(who.getName(), "IMPORT_REFUSED", null, "The uploaded files were saved but not imported: "
                    + e.getMessage(), request.getRemoteAddr());
            redirect.addFlashAttribute("error", "The files are saved in the import folder, but they could not be imported"
                    + " now: " + e.getMessage() + " The next re-import will take them in.");
            return "redirect:/admin";
        }
    }

    @PostMapping("/admin/upload/{batch}/cancel")
    String cancel(@PathVariable String batch, Principal who, HttpServletRequest request, RedirectAttributes redirect) {
        List<String> names = batch(batch).stream().map(StagedUploads.Staged::name).toList();
        staged.remove(batch);
        audit.record(who.getName(), "UPLOAD_CANCELLED", String.join(", ", names),
                "Cancelled the upload of " + String.join(", ", names) + "; nothing was imported", request.getRemoteAddr());
        redirect.addFlashAttribute("notice", "The upload was cancelled; nothing was imported.");
        return "redirect:/admin/upload";
    }

    /** Previews a file already in the import folder (changed since its import, say) before re-importing it. */
    @GetMapping("/admin/preview")
    String previewFolderFile(@RequestParam String file, Model model) throws IOException {
        byte[] bytes;
        try {
            bytes = new ImportFolder(importer.importDir()).read(file, extraction.budget());
        } catch (ImportFolder.Refused e) {
            throw new NotFoundException("The file '" + UploadedName.printable(file) + "' of the import folder cannot be previewed: "
                    + e.getMessage() + ".");
        }
        model.addAttribute("previews", List.of(preview.of(file, bytes)));
        model.addAttribute("folderFile", file);
        return "admin/preview";
    }

    /**
     * Writes the files into the import folder: each first beside under a hidden name, and only when all are
     * written are they renamed into place, so that a run never reads half a file and a folder that cannot take
     * them all (full, read-only) is left as it was.
     */
    private void save(List<StagedUploads.Staged> files) throws IOException {
        Path folder = importer.importDir();
        List<Path> partials = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (StagedUploads.Staged file : files) {
                Path partial = folder.resolve("." + file.name() + ".uploading");
                partials.add(partial);
                Files.write(partial, file.content());
            }
        } catch (IOException e) {
            for (Path partial : partials) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // left for the admin: a hidden file the importer does not read
                }
            }
            throw e;
        }
        for (int i = 0; i < files.size(); i++) {
            Files.move(partials.get(i), folder.resolve(files.get(i).name()), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Why the folder could not be written, in plain words (no exception names, no stack). */
    private static String unwritable(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? "the disk refused the write" : e.getMessage();
    }

    private List<StagedUploads.Staged> batch(String batch) {
        List<StagedUploads.Staged> files = BATCH.matcher(batch).matches() ? staged.batch(batch) : List.of();
        if (files.isEmpty()) {
            throw new NotFoundException("This upload is gone: it was imported or cancelled already.");
        }
        return files;
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
