from rest_framework.pagination import CursorPagination


class NewestFirstCursorPagination(CursorPagination):
    """Cursor pages, newest record first: stable while records are added, cheap at any depth.

    The position is the primary key (never null, unique), so a cursor needs no offset.
    """

    ordering = "-id"
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500
