"""The application layer: the operations a user has, for every shell (the CLI, a web
studio) to call.

Each operation takes a typed request and returns a typed result; none prints, reads
``sys.argv`` or keeps global state. A long one reports progress as typed events through
a callback. Errors are the tree of :mod:`microdrama.errors`, re-exported here with what
a shell needs to show results (stage names, item states), so a shell imports nothing
of microdrama but this package.

    create.py     new_project, adapt_novel, make_demo
    build.py      build_project (events), estimate_build, read_status
    watch.py      watch_project (a resident build: rebuilds on each change, warm)
    exchange.py   export_script, import_script (Fountain)
    stories.py    export_story (Ink, Twee 3/SugarCube, Ren'Py), import_story (Ink, Twee)
    translations.py  export_translation (XLIFF 2.0/1.2, PO), fill_pseudo_locale (qps-ploc)
    translation_import.py  import_translation (what CAT tools give back, by line id)
    providers.py  report_providers
    verify.py     verify_files (labels, AIGC metadata, C2PA read back)
    review.py     review_project (out/review.json and out/review.html)
    adapting.py   adapt_locale (cultural-adaptation proposals per locale)
    options.py    the checks every request shares (episodes, stages, overrides)

The package imports each module when one of its names is first asked for (PEP 562), so
a command loads only the operations it runs: ``microdrama build`` no longer imports
the translators' tools, the story formats or the review's report (≈ 70 ms of every
build's start). Type checkers read the imports under ``TYPE_CHECKING`` below.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from microdrama.app.watch import BuildFailed, Rebuilt, WatchEvent, watch_project
    from microdrama.domain.settings import PSEUDO_LOCALE
    from microdrama.domain.translation import Coverage
    from microdrama.engine.builder import ItemStatus, StageReport
    from microdrama.engine.contract import State
    from microdrama.errors import DramaError, InputError, ReviewError, StorageError, storage_error
    from microdrama.stages import STAGE_NAMES

#: Each public name → the module that defines it.
_WHERE: dict[str, str] = {
    "__version__": "microdrama",
    "AdaptLocaleRequest": "microdrama.app.adapting",
    "AdaptLocaleResult": "microdrama.app.adapting",
    "adapt_locale": "microdrama.app.adapting",
    "BuildEvent": "microdrama.app.build",
    "BuildRequest": "microdrama.app.build",
    "BuildResult": "microdrama.app.build",
    "BuildStarted": "microdrama.app.build",
    "EstimateRequest": "microdrama.app.build",
    "EstimateResult": "microdrama.app.build",
    "OnEvent": "microdrama.app.build",
    "ReviewCounts": "microdrama.app.build",
    "StageEstimate": "microdrama.app.build",
    "StageProgress": "microdrama.app.build",
    "StatusRequest": "microdrama.app.build",
    "StatusResult": "microdrama.app.build",
    "build_project": "microdrama.app.build",
    "estimate_build": "microdrama.app.build",
    "read_status": "microdrama.app.build",
    "ADAPT_EPISODES": "microdrama.app.create",
    "DEMO_IDEA": "microdrama.app.create",
    "AdaptRequest": "microdrama.app.create",
    "AdaptResult": "microdrama.app.create",
    "DemoRequest": "microdrama.app.create",
    "DemoResult": "microdrama.app.create",
    "NewRequest": "microdrama.app.create",
    "NewResult": "microdrama.app.create",
    "PremiseReading": "microdrama.app.create",
    "adapt_novel": "microdrama.app.create",
    "make_demo": "microdrama.app.create",
    "new_project": "microdrama.app.create",
    "ExportRequest": "microdrama.app.exchange",
    "ExportResult": "microdrama.app.exchange",
    "ImportRequest": "microdrama.app.exchange",
    "ImportResult": "microdrama.app.exchange",
    "export_script": "microdrama.app.exchange",
    "import_script": "microdrama.app.exchange",
    "parse_episodes": "microdrama.app.options",
    "ProviderEntry": "microdrama.app.providers",
    "ProvidersReport": "microdrama.app.providers",
    "ProvidersRequest": "microdrama.app.providers",
    "VendorEntry": "microdrama.app.providers",
    "report_providers": "microdrama.app.providers",
    "ReviewRequest": "microdrama.app.review",
    "ReviewResult": "microdrama.app.review",
    "review_project": "microdrama.app.review",
    "STORY_FORMATS": "microdrama.app.stories",
    "StoryExportRequest": "microdrama.app.stories",
    "StoryExportResult": "microdrama.app.stories",
    "StoryFile": "microdrama.app.stories",
    "StoryImportRequest": "microdrama.app.stories",
    "StoryImportResult": "microdrama.app.stories",
    "export_story": "microdrama.app.stories",
    "import_story": "microdrama.app.stories",
    "TranslationImportRequest": "microdrama.app.translation_import",
    "TranslationImportResult": "microdrama.app.translation_import",
    "import_translation": "microdrama.app.translation_import",
    "TRANSLATION_FORMATS": "microdrama.app.translations",
    "PseudoRequest": "microdrama.app.translations",
    "PseudoResult": "microdrama.app.translations",
    "TranslationExportRequest": "microdrama.app.translations",
    "TranslationExportResult": "microdrama.app.translations",
    "export_translation": "microdrama.app.translations",
    "fill_pseudo_locale": "microdrama.app.translations",
    "Check": "microdrama.app.verify",
    "FileReport": "microdrama.app.verify",
    "VerifyRequest": "microdrama.app.verify",
    "VerifyResult": "microdrama.app.verify",
    "verify_files": "microdrama.app.verify",
    "BuildFailed": "microdrama.app.watch",
    "Rebuilt": "microdrama.app.watch",
    "WatchEvent": "microdrama.app.watch",
    "watch_project": "microdrama.app.watch",
    "PSEUDO_LOCALE": "microdrama.domain.settings",
    "Coverage": "microdrama.domain.translation",
    "ItemStatus": "microdrama.engine.builder",
    "StageReport": "microdrama.engine.builder",
    "State": "microdrama.engine.contract",
    "DramaError": "microdrama.errors",
    "InputError": "microdrama.errors",
    "ReviewError": "microdrama.errors",
    "StorageError": "microdrama.errors",
    "storage_error": "microdrama.errors",
    "STAGE_NAMES": "microdrama.stages",
}


def __getattr__(name: str) -> Any:
    """Import the module that defines ``name`` the first time it is asked for."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)

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
    "report_providers", "review_project", "storage_error", "verify_files",
    "BuildFailed", "Rebuilt", "WatchEvent", "watch_project",
]
