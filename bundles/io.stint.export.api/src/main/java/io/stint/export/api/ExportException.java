package io.stint.export.api;

/** A request an exporter refuses: a parameter is missing or invalid. Stint answers 400. */
public class ExportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    /**
     * @param parameter the parameter at fault, or null when the request as a whole is
     * @param message what is wrong, for people
     */
    public ExportException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The parameter at fault, or null. */
    public String parameter() {
        return parameter;
    }
}
