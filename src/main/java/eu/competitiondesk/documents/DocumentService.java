package eu.competitiondesk.documents;

import eu.competitiondesk.audit.AuditAction;
import eu.competitiondesk.audit.AuditTrail;
import eu.competitiondesk.platform.InvalidCommand;
import eu.competitiondesk.security.CurrentUser;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Stores, serves and removes case documents, each with its audit record in the same transaction. */
@ApplicationScoped
public class DocumentService {

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    DocumentMessages msg;

    @ConfigProperty(name = "desk.documents.max-size")
    MemorySize maxSize;

    /**
     * Stores the uploaded file with the case, once it is there, within the size limit and of an accepted kind that its
     * content bears out; otherwise refuses the command, naming the file.
     */
    @Transactional
    public CaseDocument store(long caseId, DocumentUpload upload) {
        FileUpload file = upload.file();
        if (file == null || file.size() == 0) {
            throw refused(msg.document_choose());
        }
        if (file.size() > maxSize.asLongValue()) {
            // The limit is the file's own size; the form around it was allowed a little more on the way in.
            throw refused(msg.document_too_large(megabytes()));
        }
        DocumentTypes.Verdict verdict = judge(file);
        if (!verdict.isAccepted()) {
            throw refused(refusal(verdict.refusal(), file.fileName()));
        }
        String mediaType = verdict.mediaType();
        return store(
                caseId,
                FileNames.clean(file.fileName(), DocumentTypes.ACCEPTED.get(mediaType)),
                mediaType,
                read(file),
                upload.confidential(),
                upload.description());
    }

    private CaseDocument store(
            long caseId, String fileName, String mediaType, byte[] content, boolean confidential, String description) {
        CaseDocument document = new CaseDocument();
        document.caseId = caseId;
        document.fileName = fileName;
        document.mediaType = mediaType;
        document.sizeBytes = content.length;
        document.sha256 = sha256(content);
        document.confidential = confidential;
        document.description = description;
        document.uploadedBy = currentUser.getUsername();
        document.uploadedAt = OffsetDateTime.now(clock);
        document.persist();
        DocumentContent bytes = new DocumentContent();
        bytes.documentId = document.id;
        bytes.content = content;
        bytes.persist();
        audit.record(
                caseId,
                AuditAction.DOCUMENT_UPLOADED,
                "Uploaded document " + document.id + " (" + mediaType + ", " + content.length + " bytes, SHA-256 "
                        + document.sha256 + (confidential ? ", confidential)" : ")"));
        return document;
    }

    /** The largest file accepted, in words ("50 MB"). */
    public String megabytes() {
        return maxSize.asBigInteger().shiftRight(20) + " MB";
    }

    private static InvalidCommand refused(String why) {
        return new InvalidCommand(Map.of("file", why));
    }

    private static DocumentTypes.Verdict judge(FileUpload file) {
        try {
            return DocumentTypes.judge(file.uploadedFile(), file.fileName());
        } catch (IOException e) {
            return new DocumentTypes.Verdict(null, DocumentTypes.Refusal.KIND);
        }
    }

    private String refusal(DocumentTypes.Refusal refusal, String fileName) {
        String extension = FileNames.extension(fileName);
        return switch (refusal) {
            case KIND -> msg.document_type_refused();
            case NOT_THE_PACKAGE -> msg.document_not_the_package(extension);
            case MACROS -> msg.document_macros(extension);
            case NOT_A_PDF -> msg.document_not_a_pdf();
        };
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document and its bytes, for a download; the download is audited. */
    @Transactional
    public Download download(long caseId, long documentId) {
        CaseDocument document = find(caseId, documentId);
        DocumentContent bytes = DocumentContent.findById(documentId);
        audit.record(caseId, AuditAction.DOCUMENT_DOWNLOADED, "Downloaded document " + documentId);
        return new Download(document, bytes.content);
    }

    /** The document is cited: {@code uses} says where. */
    public static final class DocumentInUse extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public final List<String> uses;

        DocumentInUse(List<String> uses) {
            super(null, null, false, false);
            this.uses = List.copyOf(uses);
        }
    }

    @Inject
    @Any
    Instance<DocumentUse> documentUses;

    @Transactional
    public String remove(long caseId, long documentId) {
        // Locked as a delete locks it, before its uses are read: a citation being saved meanwhile (which holds the row
        // "for key share") is either seen here or, waiting for this lock, finds the document gone. The lock the
        // persistence layer takes for a write ("for no key update") would not wait for the citation.
        boolean found = !CaseDocument.getEntityManager()
                .createNativeQuery("select id from case_document where id = ?1 and case_id = ?2 for update")
                .setParameter(1, documentId)
                .setParameter(2, caseId)
                .getResultList()
                .isEmpty();
        if (!found) {
            throw new NotFoundException();
        }
        CaseDocument document = CaseDocument.findById(documentId);
        List<String> uses = documentUses.stream()
                .flatMap(u -> u.usesOf(documentId).stream())
                .toList();
        if (!uses.isEmpty()) {
            throw new DocumentInUse(uses);
        }
        DocumentContent.deleteById(documentId);
        document.delete();
        audit.record(
                caseId,
                AuditAction.DOCUMENT_DELETED,
                "Deleted document " + documentId + " (SHA-256 " + document.sha256 + ", uploaded by "
                        + document.uploadedBy + ")");
        return document.fileName;
    }

    /** A document of this case; a document of another case is as absent as one that never existed. */
    @Transactional
    public CaseDocument find(long caseId, long documentId) {
        CaseDocument document = CaseDocument.findById(documentId);
        if (document == null || document.caseId != caseId) {
            throw new NotFoundException();
        }
        return document;
    }

    public record Download(CaseDocument document, byte[] content) {}

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
