"""The application layer: the operations a user has, for every shell (the CLI, a web
studio) to call.

Each operation takes a typed request and returns a typed result; none prints, reads
``sys.argv`` or keeps global state. A long one reports progress as typed events through
a callback. Errors are the tree of :mod:`microdrama.errors`, re-exported here with what
a shell needs to show results (stage names, item states), so a shell imports nothing
of microdrama but this package.

    create.py     new_project, adapt_novel, make_demo
    build.py      build_project (events), estimate_build, read_status
    exchange.py   export_script, import_script (Fountain)
    stories.py    export_story (Ink, Twee 3/SugarCube, Ren'Py), import_story (Ink, Twee)
    translations.py  export_translation (XLIFF 2.0/1.2, PO), fill_pseudo_locale (qps-ploc)
    translation_import.py  import_translation (what CAT tools give back, by line id)
    providers.py  report_providers
    verify.py     verify_files (labels, AIGC metadata, C2PA read back)
    review.py     review_project (out/review.json and out/review.html)
    adapting.py   adapt_locale (cultural-adaptation proposals per locale)
    options.py    the checks every request shares (episodes, stages, overrides)
"""

from microdrama import __version__
from microdrama.app.adapting import AdaptLocaleRequest, AdaptLocaleResult, adapt_locale
from microdrama.app.build import (
    BuildEvent,
    BuildRequest,
    BuildResult,
    BuildStarted,
    EstimateRequest,
    EstimateResult,
    OnEvent,
    ReviewCounts,
    StageEstimate,
    StageProgress,
    StatusRequest,
    StatusResult,
    build_project,
    estimate_build,
    read_status,
)
from microdrama.app.create import (
    ADAPT_EPISODES,
    DEMO_IDEA,
    AdaptRequest,
    AdaptResult,
    DemoRequest,
    DemoResult,
    NewRequest,
    NewResult,
    PremiseReading,
    adapt_novel,
    make_demo,
    new_project,
)
from microdrama.app.exchange import (
    ExportRequest,
    ExportResult,
    ImportRequest,
    ImportResult,
    export_script,
    import_script,
)
from microdrama.app.options import parse_episodes
from microdrama.app.providers import (
    ProviderEntry,
    ProvidersReport,
    ProvidersRequest,
    VendorEntry,
    report_providers,
)
from microdrama.app.review import ReviewRequest, ReviewResult, review_project
from microdrama.app.stories import (
    STORY_FORMATS,
    StoryExportRequest,
    StoryExportResult,
    StoryFile,
    StoryImportRequest,
    StoryImportResult,
    export_story,
    import_story,
)
from microdrama.app.translation_import import (
    TranslationImportRequest,
    TranslationImportResult,
    import_translation,
)
from microdrama.app.translations import (
    TRANSLATION_FORMATS,
    PseudoRequest,
    PseudoResult,
    TranslationExportRequest,
    TranslationExportResult,
    export_translation,
    fill_pseudo_locale,
)
from microdrama.app.verify import Check, FileReport, VerifyRequest, VerifyResult, verify_files
from microdrama.domain.settings import PSEUDO_LOCALE
from microdrama.domain.translation import Coverage
from microdrama.engine.builder import ItemStatus, StageReport
from microdrama.engine.contract import State
from microdrama.errors import DramaError, InputError, ReviewError, StorageError, storage_error
from microdrama.stages import STAGE_NAMES

__all__ = [
    "AdaptLocaleRequest", "AdaptLocaleResult", "adapt_locale",
    "ADAPT_EPISODES", "DEMO_IDEA", "PSEUDO_LOCALE", "STAGE_NAMES", "STORY_FORMATS",
    "TRANSLATION_FORMATS", "StoryExportRequest", "StoryExportResult", "StoryFile",
    "StoryImportRequest", "StoryImportResult", "export_story", "import_story",
    "AdaptRequest", "AdaptResult", "BuildEvent", "BuildRequest", "BuildResult", "BuildStarted",
    "Check", "Coverage", "DemoRequest", "DemoResult", "DramaError", "EstimateRequest",
    "EstimateResult", "ExportRequest", "ExportResult", "FileReport", "ImportRequest",
    "ImportResult", "InputError", "ItemStatus", "NewRequest", "NewResult", "OnEvent",
    "PremiseReading", "ProviderEntry", "ProvidersReport", "ProvidersRequest", "PseudoRequest",
    "PseudoResult", "ReviewCounts", "ReviewError", "ReviewRequest", "ReviewResult",
    "StageEstimate", "StageProgress", "StageReport", "State", "StatusRequest", "StatusResult",
    "StorageError", "TranslationExportRequest", "TranslationExportResult",
    "TranslationImportRequest", "TranslationImportResult", "VendorEntry", "VerifyRequest",
    "VerifyResult", "__version__", "adapt_novel", "build_project", "estimate_build",
    "export_script", "export_translation", "fill_pseudo_locale", "import_script",
    "import_translation", "make_demo", "new_project", "parse_episodes", "read_status",
    "report_providers", "review_project", "storage_error", "verify_files"
]
