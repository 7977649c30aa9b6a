// A misspelt associated type through a type parameter.
trait Source {
    type Item;
    fn produce(&self) -> Self::Item;
}

fn get<S: Source>(s: &S) -> S::Itme {
    s.produce()
}

fn main() {}
