import pytest
pytestmark = pytest.mark.postgres
def test_prepare(pg_url, tmp_path):
    from kiosk.content.database import open_database
    from kiosk.content.change.prepare import prepare
    from kiosk.content.change.store import read_content
    from kiosk.content.read.search import search
    db = open_database(pg_url, tmp_path)
    r = prepare(db)
    with db.sessions() as s:
        c = read_content(s)
        print(len(c.of("manufacturer")), search(s, "haier", "en")[:2])
    db.close()
