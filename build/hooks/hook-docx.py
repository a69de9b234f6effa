"""PyInstaller hook for python-docx (overrides the contributed one).

python-docx finds its XML templates through paths such as
``docx/parts/../templates/default-header.xml``; resolving ``..`` needs the folder
``docx/parts`` to exist on disk, which it does not when the modules live in the
archive. So the package is collected as source files beside its templates.
"""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("docx")
module_collection_mode = "py"
