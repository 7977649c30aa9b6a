trait Animal {
    fn name(&self) -> &str;
    fn sound(&self) -> String;
    fn speak(&self) -> String { format!("{} says {}", self.name(), self.sound()) }
}
struct Dog { name: String }
struct Cat { name: String, lives: u8 }
impl Animal for Dog {
    fn name(&self) -> &str { &self.name }
    fn sound(&self) -> String { "woof".into() }
}
impl Animal for Cat {
    fn name(&self) -> &str { &self.name }
    fn sound(&self) -> String { "meow".repeat(self.lives as usize % 3 + 1) }
    fn speak(&self) -> String { format!("{} ({} lives) purrs", self.name, self.lives) }
}
fn loudest<'a>(zoo: &'a [Box<dyn Animal>]) -> Option<&'a dyn Animal> {
    zoo.iter().map(|b| b.as_ref()).max_by_key(|a| a.sound().len())
}
fn describe(a: &dyn Animal) -> String { a.speak().to_uppercase() }
fn main() {
    let mut zoo: Vec<Box<dyn Animal>> = Vec::new();
    zoo.push(Box::new(Dog { name: "rex".to_string() }));
    zoo.push(Box::new(Cat { name: "tom".to_string(), lives: 9 }));
    zoo.push(Box::new(Cat { name: "kit".to_string(), lives: 4 }));
    for a in zoo.iter() { println!("{}", a.speak()); }
    if let Some(a) = loudest(&zoo) { println!("loudest: {}", a.name()); }
    println!("{}", describe(zoo[0].as_ref()));
    let names: Vec<&str> = zoo.iter().map(|a| a.name()).collect();
    println!("{}", names.join(","));
    zoo.retain(|a| a.name() != "tom");
    println!("{}", zoo.len());
}
