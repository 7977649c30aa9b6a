use std::fmt;
struct Account { user: String, pin: u32, tags: Vec<u8> }
impl fmt::Debug for Account {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Account").field("user", &self.user).field("tags", &self.tags).finish()
    }
}
struct Pair(i32, f64);
impl fmt::Debug for Pair {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut t = f.debug_tuple("Pair");
        t.field(&self.0);
        t.field(&self.1);
        t.finish()
    }
}
struct Stack { items: Vec<char> }
impl fmt::Debug for Stack {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut l = f.debug_list();
        for c in &self.items {
            l.entry(c);
        }
        l.finish()
    }
}
struct Empty;
impl fmt::Debug for Empty {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Empty").finish()
    }
}
fn main() {
    let s = Account { user: "bo".to_string(), pin: 1234, tags: vec![1, 2] };
    println!("{:?}", s);
    println!("{:#?}", s);
    println!("{:?} {:#?}", Pair(3, 0.5), Pair(-1, 2.0));
    println!("{:?}", Stack { items: vec!['a', 'b'] });
    println!("{:#?}", Stack { items: vec!['z'] });
    println!("{:?} {:#?}", Empty, Empty);
    println!("{:?}", vec![Pair(1, 1.5)]);
    let _ = s.pin;
}
