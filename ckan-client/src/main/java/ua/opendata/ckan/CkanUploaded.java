package ua.opendata.ckan;

import ua.opendata.ckan.model.CkanResource;

/**
 * The result of a file upload.
 *
 * @param resource the resource as the server answered
 * @param sha256 the SHA-256 of the bytes sent (lower-case hex), computed while sending
 * @param bytes the number of bytes sent
 */
public record CkanUploaded(CkanResource resource, String sha256, long bytes) {}
