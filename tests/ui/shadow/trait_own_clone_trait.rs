trait Clone {
    fn duplicate(&self) -> Self;
}

#[derive(Debug)]
struct Sheep {
    name: String,
}

impl Clone for Sheep {
    fn duplicate(&self) -> Self {
        Sheep { name: format!("{} II", self.name) }
    }
}

fn twice<T: Clone>(t: &T) -> (T, T) {
    (t.duplicate(), t.duplicate())
}

fn main() {
    let dolly = Sheep { name: String::from("Dolly") };
    let (a, b) = twice(&dolly);
    println!("{:?} {:?} {:?}", dolly, a, b);
    let v = vec![1, 2];
    let w = v.clone();
    println!("{:?}", w);
}
