"""One project keeps one history across documents that spell it differently."""

from __future__ import annotations

from ktxh.extract import records as rec
from ktxh.extract.project_names import project_key
from ktxh.store import open_store
from ktxh.store.tables import Project, ProjectMention
from ktxh.store.writer import _similar_project
from ktxh.text.model import Span
from tests.support.database import fresh_url


def _project(name: str) -> rec.Project:
    return rec.Project(name, project_key(name), Span(0, 1), name)


def test_a_phase_less_name_links_to_the_stored_phase(tmp_path):
    store = open_store(fresh_url(tmp_path))
    with store.transaction() as s:
        s.add(Project(key=project_key("Hồ chứa nước Bản Lải giai đoạn 1"),
                      name="Hồ chứa nước Bản Lải giai đoạn 1"))
        s.add(Project(key=project_key("Hồ chứa nước Khuổi Nà"), name="Hồ chứa nước Khuổi Nà"))
    with store.transaction() as s:
        p = _project("Hồ chứa nước Bản Lải")
        found = _similar_project(s, p.name, p.key)
        assert found is not None and s.get(Project, found).name == (
            "Hồ chứa nước Bản Lải giai đoạn 1")
        p = _project("Hồ chứa nước Nà Lừa")
        assert _similar_project(s, p.name, p.key) is None
        assert s.query(ProjectMention).count() == 0
    store.close()
