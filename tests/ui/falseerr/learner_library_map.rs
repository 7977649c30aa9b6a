use std::collections::HashMap;

struct Library {
    books: HashMap<u32, String>,
    borrowed: Vec<u32>,
    next_id: u32,
}

impl Library {
    fn new() -> Library {
        Library { books: HashMap::new(), borrowed: vec![], next_id: 1 }
    }
    fn add(&mut self, title: &str) -> u32 {
        let id = self.next_id;
        self.books.insert(id, title.to_owned());
        self.next_id += 1;
        id
    }
    fn borrow_book(&mut self, id: u32) -> Result<&str, String> {
        if self.borrowed.contains(&id) {
            return Err(format!("book {} is out", id));
        }
        match self.books.get(&id) {
            Some(t) => {
                self.borrowed.push(id);
                Ok(t)
            }
            None => Err(format!("no book {}", id)),
        }
    }
    fn give_back(&mut self, id: u32) -> bool {
        if let Some(pos) = self.borrowed.iter().position(|&b| b == id) {
            self.borrowed.remove(pos);
            true
        } else {
            false
        }
    }
}

fn main() {
    let mut lib = Library::new();
    let a = lib.add("Dune");
    let b = lib.add("Emma");
    println!("{:?}", lib.borrow_book(a));
    println!("{:?}", lib.borrow_book(a));
    println!("{:?}", lib.borrow_book(9));
    println!("{} {}", lib.give_back(a), lib.give_back(b));
    let mut titles: Vec<&String> = lib.books.values().collect();
    titles.sort();
    println!("{:?}", titles);
}
