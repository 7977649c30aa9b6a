trait Show { fn show(&self) -> String; }
impl<T: std::fmt::Debug> Show for T {
    fn show(&self) -> String { format!("<{:?}>", self) }
}
fn twice<S: Show>(s: S) -> String { format!("{}{}", s.show(), s.show()) }
fn main() { println!("{} {}", twice(5), twice("x")); println!("{}", (1, 'a').show()); }
