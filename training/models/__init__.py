from .pages import CourseIndexPage, CoursePage, LessonPage, ModulePage, QuizPage
from .progress import Certificate, Enrolment, LessonCompletion, QuizAttempt

__all__ = [
    "Certificate",
    "CourseIndexPage",
    "CoursePage",
    "Enrolment",
    "LessonCompletion",
    "LessonPage",
    "ModulePage",
    "QuizAttempt",
    "QuizPage",
]
