package org.amnok.incident;

/** A model or data file that ships inside Amnok's jars could not be read: the build or class path is broken. */
public final class ResourceMissingException extends AmnokException {
    private static final long serialVersionUID = 1L;
    private final String resource;

    public ResourceMissingException(String resource, Throwable cause) {
        super("cannot read class-path resource '" + resource + "'; rebuild with `mvn package` so it is bundled",
                cause);
        this.resource = resource;
    }

    /** The class-path name that failed. */
    public String resource() {
        return resource;
    }
}
