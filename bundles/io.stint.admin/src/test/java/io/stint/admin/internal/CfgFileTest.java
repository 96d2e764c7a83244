package io.stint.admin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CfgFileTest {

    private static final String FILE = "# Which providers\n#provider.target=(provider.id=ollama)\nprivacy.hide.titles=false\n";

    @Test
    void aMissingKeyIsAppendedAndCommentsStay() {
        assertEquals(FILE + "provider.target=(provider.id=openai)\n", CfgFile.set(FILE, "provider.target", "(provider.id=openai)"));
    }

    @Test
    void anExistingKeyIsReplacedInPlace() {
        String text = "a=1\nprovider.target = (provider.id=x)\nb=2\n";
        assertEquals("a=1\nprovider.target=(provider.id=y)\nb=2\n", CfgFile.set(text, "provider.target", "(provider.id=y)"));
    }

    @Test
    void aNullValueRemovesTheKeyButNotItsComment() {
        String text = FILE + "provider.target=(provider.id=x)\n";
        assertEquals(FILE, CfgFile.set(text, "provider.target", null));
    }

    @Test
    void aKeyThatOnlyStartsTheSameIsLeftAlone() {
        assertEquals("provider.targets=1\nprovider.target=x\n", CfgFile.set("provider.targets=1\n", "provider.target", "x"));
    }

    @Test
    void backslashesAreEscapedAsPropertiesReadThem() {
        assertEquals("k=a\\\\b\n", CfgFile.set("", "k", "a\\b"));
    }
}
