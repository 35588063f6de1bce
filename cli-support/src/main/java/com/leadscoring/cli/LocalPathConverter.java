package com.leadscoring.cli;

import java.nio.file.Path;

import com.leadscoring.io.Locations;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Every {@link Path} option of a CLI (registered for the type by each CLI's main): options typed {@code Path} take
 * local files only, so {@code s3://} is refused (picocli names the option) rather than read as a folder called
 * {@code s3:}. Options that can take S3 are Strings read and written through {@link Locations}.
 */
public final class LocalPathConverter implements ITypeConverter<Path> {

    @Override
    public Path convert(String value) {
        try {
            return Locations.localOnly("this option", value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
