trait Speak {
    fn speak(&self) -> String;
}

struct Dog;

impl Speak for Dog {
    fn speak(&self) -> String {
        String::from("woof")
    }
}

fn twice<S>(s: &S) -> String
where
    S: Speak + ?Sized,
{
    format!("{} {}", s.speak(), s.speak())
}

fn main() {
    let pets: Vec<Box<dyn Speak>> = vec![Box::new(Dog)];
    for p in &pets {
        println!("{}", twice(&**p));
    }
    println!("{}", twice(&Dog));
}
