package com.leadscoring.local;

import java.nio.file.Path;

import com.leadscoring.io.Locations;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Every {@link Path} option of the CLI (registered for the type in {@link FunctionMain}): options typed {@code Path}
 * (the event files, which mirror {@code sam local invoke -e}) take local files only, so {@code s3://} is refused
 * (picocli names the option) rather than read as a folder called {@code s3:}. Options that can take S3 are Strings read
 * and written through {@link Locations}.
 */
final class LocalPathConverter implements ITypeConverter<Path> {

    @Override
    public Path convert(String value) {
        try {
            return Locations.localOnly("this option", value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
