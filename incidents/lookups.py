"""`field__in_array=ids`: a long list of ids sent as one array on PostgreSQL.

Django writes `IN (%s, %s, …)`, one parameter per value, and preparing and quoting each
costs several microseconds in Python: about 1.5 ms for the 300 places of a province,
5 ms for the 1,000 matches of a search it ranks. PostgreSQL takes the whole list as one
array parameter (`= ANY(%s)`), with the same index plans; other databases keep IN.
Only integer ids are accepted.
"""

from django.core.exceptions import EmptyResultSet
from django.db.models import Field, ForeignObject
from django.db.models.lookups import In


class InArray(In):
    lookup_name = "in_array"

    def get_prep_lookup(self):
        return [int(value) for value in self.rhs]

    def as_postgresql(self, compiler, connection):
        if not self.rhs:
            raise EmptyResultSet
        lhs, lhs_params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s::bigint[])", (*lhs_params, self.rhs)


# Foreign keys look only at lookups registered on ForeignObject and below.
Field.register_lookup(InArray)
ForeignObject.register_lookup(InArray)
