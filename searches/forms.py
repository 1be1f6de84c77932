from django import forms

from searches.models import SavedSearch, filter_query


class SavedSearchForm(forms.ModelForm):
    """Name a filtered list. `query` is the list's query string, sent by the list page."""

    class Meta:
        model = SavedSearch
        fields = ["name", "query"]
        widgets = {"query": forms.HiddenInput, "name": forms.TextInput(attrs={"placeholder": "e.g. ISKP in Kabul"})}
        labels = {"name": "Save this search as"}

    def __init__(self, *args, owner=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.owner = owner

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if SavedSearch.objects.filter(owner=self.owner, name__iexact=name).exists():
            raise forms.ValidationError(f"You already have a saved search called “{name}”.")
        return name

    def clean_query(self):
        query = filter_query(self.cleaned_data.get("query") or "")
        if len(query) > 4000:
            raise forms.ValidationError("These filters are too long to save.")
        return query

    def save(self, commit=True):
        self.instance.owner = self.owner
        return super().save(commit)
