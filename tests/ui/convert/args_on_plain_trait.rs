trait Describe {
    fn describe(&self) -> String;
}

struct Cat;

impl Describe<u8> for Cat {
    fn describe(&self) -> String {
        String::from("cat")
    }
}

fn main() {
    println!("{}", Cat.describe());
}
