// Every diagnostic code the generator emits, in one place, so codes stay unique and documentable.
namespace Handbook.Diagnostics;

public static class Codes
{
    // Content (exit code 1).
    public const string YamlSyntax = "HB0001";
    public const string UnknownKey = "HB0002";
    public const string MissingField = "HB0003";
    public const string WrongType = "HB0004";
    public const string BadSlug = "HB0005";
    public const string UnknownSource = "HB0006";
    public const string UnknownPhase = "HB0007";
    public const string FlowStepCount = "HB0008";
    public const string DuplicateSlug = "HB0009";
    public const string DuplicateOrder = "HB0010";
    public const string UnknownShape = "HB0011";
    public const string ItemCount = "HB0012";
    public const string DuplicateId = "HB0013";
    public const string PhaseWithoutShape = "HB0014";
    public const string MissingFile = "HB0015";
    public const string BadEncoding = "HB0016";
    public const string EmptyValue = "HB0017";
    public const string BadUrl = "HB0018";
    public const string StrayFile = "HB0019";
    public const string EmptyFile = "HB0020";
    public const string ReadFailed = "HB0021";
    public const string NotAFile = "HB0022";
    public const string BadSymlink = "HB0023";
    public const string FileTooLarge = "HB0024";
    public const string TooDeep = "HB0025";
    public const string AliasNotAllowed = "HB0026";
    public const string ExtraDocument = "HB0027";
    public const string UnknownTag = "HB0028";
    public const string LookAlikeFile = "HB0029";
    public const string TemplateError = "HB0030";
    public const string MissingTemplate = "HB0031";
    public const string BadBasePath = "HB0034";
    public const string ControlCharacter = "HB0035";
    public const string DiagramTextTooLong = "HB0040";
    public const string AnswerTimeOutOfRange = "HB0060";
    public const string SharesOverHundred = "HB0061";
    public const string SynonymGroupTooSmall = "HB0070";
    public const string SynonymWithoutWords = "HB0071";
    public const string SynonymInTwoGroups = "HB0072";
    public const string ShortTitleTooLong = "HB0075";
    public const string BadWording = "HB0090";
    public const string UnknownWording = "HB0091";
    public const string BadSectionId = "HB0092";

    // Warnings: likely mistakes that do not stop the build.
    public const string UncitedSource = "HB0050";
    public const string QuestionWithoutEvidence = "HB0051";
    public const string TodoLeft = "HB0080";
    public const string MissingSchemaLine = "HB0081";

    // Usage (exit code 2).
    public const string BadOption = "HB0100";
    public const string UnsafeOutput = "HB0101";
    public const string MissingFolder = "HB0102";
    public const string FileExists = "HB0110";
    public const string UnknownArea = "HB0111";
    public const string PortInUse = "HB0103";

    // Output (exit code 3).
    public const string OutputFailed = "HB0900";
    public const string InternalError = "HB0999";

    // Links: the checked output of `build` and `check` (exit code 1).
    public const string BrokenLink = "HL0001";
    public const string MissingAnchor = "HL0002";
    public const string FolderWithoutIndex = "HL0003";
    public const string LeavesSite = "HL0004";
    public const string DuplicateAnchor = "HL0005";
    public const string EmptyLink = "HL0006";
    public const string ScriptLink = "HL0007";
    public const string ExternalBroken = "HL0008";
    public const string ExternalInconclusive = "HL0009";
    public const string BadLinkUrl = "HL0010";

    // Internal failures (exit code 3).
    public const string CheckFailed = "HL0900";

    /// <summary>Problems that stop a file from being read at all: listed first, since what other files say about it follows from them.</summary>
    public static readonly IReadOnlySet<string> FileNotRead = new HashSet<string>(StringComparer.Ordinal)
    {
        YamlSyntax, BadEncoding, EmptyFile, ReadFailed, NotAFile, BadSymlink, FileTooLarge, TooDeep, AliasNotAllowed, ExtraDocument,
        UnknownTag, ControlCharacter,
    };

    /// <summary>One line per code: what it means. content/DIAGNOSTICS.md documents each with an example and the fix.</summary>
    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        [YamlSyntax] = "The file is not valid YAML.",
        [UnknownKey] = "A key the contract does not define (often a typo).",
        [MissingField] = "A required field is missing.",
        [WrongType] = "A value has the wrong type (text, number, list or map expected).",
        [BadSlug] = "A file or folder name, or an id, is not a valid slug.",
        [UnknownSource] = "An evidence entry names a source that evidence.yml does not define.",
        [UnknownPhase] = "A flow step names a phase that the area's shape does not define.",
        [FlowStepCount] = "A flow or framework has fewer than 2 or more than 12 steps.",
        [DuplicateSlug] = "Two areas or two questions of an area have the same slug.",
        [DuplicateOrder] = "Two areas or two questions of an area have the same order.",
        [UnknownShape] = "An area names a shape that handbook.yml does not define.",
        [ItemCount] = "A list has too few or too many items.",
        [DuplicateId] = "Two shapes, phases or sources have the same id.",
        [PhaseWithoutShape] = "A flow step has a phase but its area names no shape.",
        [MissingFile] = "A required file (handbook.yml, evidence.yml, area.yml) is missing.",
        [BadEncoding] = "The file is not valid UTF-8.",
        [EmptyValue] = "A text value is empty.",
        [BadUrl] = "A URL is not an absolute http(s) URL.",
        [StrayFile] = "A file in content/ that the generator does not read.",
        [EmptyFile] = "The file holds no YAML document.",
        [ReadFailed] = "An input file could not be read (permissions, an I/O error).",
        [NotAFile] = "An entry in an input folder is not a regular file (a FIFO, a device, a socket).",
        [BadSymlink] = "A symbolic link leaves its folder, loops, or points at nothing.",
        [FileTooLarge] = "A content file is larger than the limit (1 MB).",
        [TooDeep] = "YAML or Markdown nested deeper than the limit.",
        [AliasNotAllowed] = "A YAML alias used as a key, or aliases that expand past the limit.",
        [ExtraDocument] = "A file holds more than one YAML document.",
        [UnknownTag] = "A YAML tag (such as !foo) that the contract does not use.",
        [LookAlikeFile] = "A file named like a content file but with another extension (.yaml, .YML).",
        [BadBasePath] = "base_path is not a plain URL path such as /REPO/.",
        [ControlCharacter] = "A text holds a control character or a bidirectional override.",
        [TemplateError] = "A template failed to parse or render.",
        [MissingTemplate] = "A required template is missing from templates/.",
        [UncitedSource] = "An evidence source that no area or question cites (warning).",
        [QuestionWithoutEvidence] = "A question with no evidence entries (warning).",
        [TodoLeft] = "A text still holds a TODO left by `new` (warning; an error with --strict).",
        [MissingSchemaLine] = "A content file does not start with its `# yaml-language-server: $schema=...` line (warning).",
        [DiagramTextTooLong] = "A flow or spine step's text does not fit its diagram box in 3 lines.",
        [AnswerTimeOutOfRange] = "handbook.yml's answer_seconds, the rehearsal timer's length, is outside 15..1800.",
        [SharesOverHundred] = "The share values of a shape's phases add up to more than 100.",
        [SynonymGroupTooSmall] = "A search synonym group with fewer than two different terms.",
        [SynonymWithoutWords] = "A search synonym with no word search can match.",
        [SynonymInTwoGroups] = "A search synonym that is already in another group.",
        [ShortTitleTooLong] = "A question's short_title is longer than one line of 48 characters.",
        [BadWording] = "templates/strings.yml or templates/sections.yml is not a map of texts as the built-in file is.",
        [UnknownWording] = "A key in templates/strings.yml or templates/sections.yml that the built-in file does not have (often a typo).",
        [BadSectionId] = "A section id in templates/sections.yml that cannot be an HTML id and link anchor.",
        [BadOption] = "A command-line option has an invalid value.",
        [UnsafeOutput] = "The output folder is not one the generator may replace.",
        [MissingFolder] = "An input folder does not exist.",
        [FileExists] = "`new` would overwrite a file that already exists.",
        [UnknownArea] = "`new question` names an area that content/areas/ does not have.",
        [OutputFailed] = "The output folder could not be written.",
        [InternalError] = "The generator failed unexpectedly: a bug to report, not a problem in your files.",
        [PortInUse] = "serve could not listen on the port it was given.",
        [BrokenLink] = "A link or resource points to a file that does not exist (paths are case-sensitive, as on GitHub Pages).",
        [MissingAnchor] = "A link's #fragment names no id or a[name] on the target page.",
        [FolderWithoutIndex] = "A link points to a folder without index.html, which GitHub Pages answers with 404.",
        [LeavesSite] = "A link resolves outside the output root or the base path, or to a local file: URL.",
        [DuplicateAnchor] = "Two elements of a page have the same id (or a[name]), so a link to it is ambiguous.",
        [EmptyLink] = "An href or src is empty.",
        [ScriptLink] = "A link is a javascript: URL.",
        [ExternalBroken] = "An external link answered with an error (404, 410, 5xx) or could not be reached (with --external).",
        [ExternalInconclusive] = "An external link could not be verified: rate limited (429), a bot challenge, refused (401/403) or a timeout. A warning, never a pass.",
        [BadLinkUrl] = "A link is not a valid URL.",
        [CheckFailed] = "The link check itself failed (for example a file could not be read).",
    };
}
